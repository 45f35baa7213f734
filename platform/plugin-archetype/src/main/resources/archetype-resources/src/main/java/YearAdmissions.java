package ${package};

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;

/**
 * The sample indicator: party members admitted in the year in the province, against a yearly
 * target of at least {@value #YEARLY_TARGET}. Replace the target (and add your own indicators) from
 * your province's action program.
 */
final class YearAdmissions implements Indicator {

    static final String CODE = "${province.toUpperCase()}-ADMISSIONS";
    static final int YEARLY_TARGET = 100;

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition(CODE,
            LocalizedText.of("Số đảng viên mới kết nạp trong năm", "New party members admitted in the year"),
            LocalizedText.of("Số quyết định kết nạp đảng viên có ngày trong năm", "Admission decisions dated in the year"),
            Measure.COUNT, new Target.AtLeast(BigDecimal.valueOf(YEARLY_TARGET)), PeriodKind.EVERY_YEAR, 2025, 2030,
            "Chương trình hành động của Tỉnh ủy ${provinceName}");

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        long admitted = context.admissions().count(context.yearStart(), context.yearEnd());
        return IndicatorResult.count(DEFINITION, context.year(), admitted, DEFINITION.target(), null,
                RangePolicy.ABOVE_IS_EXCEEDED);
    }

    /** Admissions per admitting organisation, most first. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        Map<String, String> names = context.directory().organisations(context.yearEnd()).stream()
                .collect(Collectors.toMap(o -> String.valueOf(o.id()), OrganisationSummary::name, (a, b) -> a));
        return context.admissions()
                .countBy(context.yearStart(), context.yearEnd(), AdmissionDimension.ORGANISATION).stream()
                .sorted(Comparator.comparingLong(KeyCount::count).reversed().thenComparing(KeyCount::key))
                .map(row -> new DrillDownRow(Long.valueOf(row.key()), names.getOrDefault(row.key(), row.key()),
                        row.count(), null, BigDecimal.valueOf(row.count()), Status.TRACKED, null))
                .toList();
    }
}
