package vn.dangbo.portal.program.support;

import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;

/**
 * Admissions in the year, a count of events (never "not enough data"); drill-down per committee
 * directly under the provincial committee on 31/12, those that admitted nobody marked.
 */
public final class AdmissionCountIndicator implements Indicator {

    private static final LocalizedText NOBODY = LocalizedText.of("Không kết nạp được đảng viên nào",
            "Admitted nobody");

    private final IndicatorDefinition definition;
    private final RangePolicy policy;

    public AdmissionCountIndicator(IndicatorDefinition definition, RangePolicy policy) {
        this.definition = definition;
        this.policy = policy;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        return IndicatorResult.count(definition, context.year(), AdmissionFigures.inYear(context), definition.target(),
                null, policy);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        Map<Long, Long> byCommittee = AdmissionFigures.byOrganisationId(context.admissions()
                .countBy(context.yearStart(), context.yearEnd(), AdmissionDimension.COMMITTEE));
        return OrganisationTree.at(context, context.yearEnd()).ofType(OrganisationType.DIRECT_COMMITTEE).stream()
                .map(c -> {
                    long count = byCommittee.getOrDefault(c.id(), 0L);
                    return Rows.count(c.id(), c.name(), count, Status.TRACKED, count == 0 ? NOBODY : null);
                })
                .toList();
    }
}
