package vn.dangbo.portal.plugin.khanhhoa.internal;

import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Rows;

/** KH-YOUTH-SHARE: new members aged 18y0m to 30y11m at the decision / admissions of Y. */
final class YouthShare implements Indicator {

    static final String YOUTH = "YOUTH";

    private final IndicatorDefinition definition;

    YouthShare(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        Map<String, Long> bands = AdmissionFigures.inYearBy(context, AdmissionDimension.AGE_BAND);
        long total = bands.values().stream().mapToLong(Long::longValue).sum();
        return IndicatorResult.ratio(definition, context.year(), bands.getOrDefault(YOUTH, 0L), total,
                definition.target(), null, null);
    }

    /** New members in and outside youth age. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        Map<String, Long> bands = AdmissionFigures.inYearBy(context, AdmissionDimension.AGE_BAND);
        long total = bands.values().stream().mapToLong(Long::longValue).sum();
        long youth = bands.getOrDefault(YOUTH, 0L);
        return List.of(
                Rows.share(null, "18-30 tuổi", youth, total, Status.TRACKED,
                        LocalizedText.of("Từ đủ 18 tuổi đến 30 tuổi 11 tháng khi có quyết định kết nạp",
                                "18y0m to 30y11m at the admission decision")),
                Rows.share(null, "Ngoài độ tuổi thanh niên", total - youth, total, Status.TRACKED, null));
    }
}
