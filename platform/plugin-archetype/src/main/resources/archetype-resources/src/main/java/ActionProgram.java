package ${package};

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.api.program.ProvinceProgram;

/**
 * The action program of ${provinceName} as the portal sees it: the one service this plugin
 * registers (Declarative Services). The platform calls it with a time limit, one year at a time,
 * with an {@link EvaluationContext} bound to the province's territory. Keep it stateless.
 */
@Component(service = ProvinceProgram.class)
public class ActionProgram implements ProvinceProgram {

    /** Must equal Portal-Province in bnd.bnd: the portal checks both against the signer. */
    static final String PROVINCE = "${province}";

    private final List<Indicator> indicators = List.of(new YearAdmissions());

    @Override
    public ProgramIdentity identity() {
        return new ProgramIdentity(PROVINCE, PROVINCE,
                LocalizedText.of("Ban Chấp hành Đảng bộ tỉnh ${provinceName}", "${provinceName} provincial party committee"),
                LocalizedText.of("Chương trình hành động về công tác xây dựng Đảng (mẫu)",
                        "Action program on party building (sample)"),
                LocalDate.of(2025, 1, 1), 2025, 2030, null, null);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return indicators.stream().map(Indicator::definition).toList();
    }

    @Override
    public List<IndicatorResult> evaluate(EvaluationContext context) {
        return indicators.stream().map(indicator -> indicator.evaluate(context)).toList();
    }

    @Override
    public List<DrillDownRow> drillDown(String indicatorCode, EvaluationContext context) {
        return indicators.stream().filter(indicator -> indicator.definition().code().equals(indicatorCode))
                .findFirst().map(indicator -> indicator.drillDown(context)).orElse(List.of());
    }
}
