package vn.dangbo.portal.plugin.haiphong.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Rows;

/**
 * HP-RELIGIOUS: admissions of people with a religion, a count of events. Yearly by default; under the
 * other reading, cumulative from 1/1/2023 to 31/12/Y against the same 15-20 for the whole period.
 */
final class ReligiousAdmissions implements Indicator {

    static final String RELIGIOUS = "RELIGIOUS";

    private final IndicatorDefinition definition;
    private final boolean wholePeriod;
    private final RangePolicy policy;

    ReligiousAdmissions(IndicatorDefinition definition, boolean wholePeriod, RangePolicy policy) {
        this.definition = definition;
        this.wholePeriod = wholePeriod;
        this.policy = policy;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private LocalDate from(EvaluationContext context) {
        return wholePeriod ? LocalDate.of(definition.firstYear(), 1, 1) : context.yearStart();
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        long religious = AdmissionFigures.by(context, from(context), context.yearEnd(), AdmissionDimension.RELIGION)
                .getOrDefault(RELIGIOUS, 0L);
        return IndicatorResult.count(definition, context.year(), religious, definition.target(), null, policy);
    }

    /** Religious admissions per year of the period counted (one row when yearly). */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        int first = from(context).getYear();
        return java.util.stream.IntStream.rangeClosed(first, context.year()).mapToObj(year -> {
            Map<String, Long> byReligion = AdmissionFigures.by(context, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), AdmissionDimension.RELIGION);
            long total = byReligion.values().stream().mapToLong(Long::longValue).sum();
            return Rows.share(null, String.valueOf(year), byReligion.getOrDefault(RELIGIOUS, 0L), total,
                    Status.TRACKED, null);
        }).toList();
    }
}
