package vn.dangbo.portal.plugin.haiphong.internal;

import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;
import vn.dangbo.portal.program.support.Tally;

/**
 * HP-QUOTA-MET: committees directly under the city committee with a quota for Y whose admissions of
 * Y reach it / committees with a quota. No quota assigned gives not enough data.
 */
final class QuotaMet implements Indicator {

    private final IndicatorDefinition definition;

    QuotaMet(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private record Quota(CommitteePlan plan, long admitted) {
        boolean met() {
            return admitted >= plan.yearQuota();
        }
    }

    private static List<Quota> quotas(EvaluationContext context) {
        Map<Long, Long> admitted = AdmissionFigures.byOrganisationId(context.admissions()
                .countBy(context.yearStart(), context.yearEnd(), AdmissionDimension.COMMITTEE));
        return context.workRecords().admissionPlans(context.year()).stream()
                .filter(p -> p.yearQuota() != null)
                .map(p -> new Quota(p, admitted.getOrDefault(p.organisationId(), 0L)))
                .toList();
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<Quota> quotas = quotas(context);
        if (quotas.isEmpty()) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(), Reasons.NO_QUOTAS,
                    0L, 0L);
        }
        return Tally.of(quotas, Quota::met).result(definition, context.year(), definition.target(), null, null);
    }

    /** Each committee with a quota: admitted / quota, those that missed it first. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return quotas(context).stream()
                .sorted(java.util.Comparator.comparing(Quota::met))
                .map(q -> Rows.share(q.plan().organisationId(), q.plan().name(), q.admitted(), q.plan().yearQuota(),
                        Rows.metIf(q.met()), q.met() ? null
                                : LocalizedText.of("Chưa đạt chỉ tiêu được giao: thiếu " + (q.plan().yearQuota() - q.admitted()),
                                        "Quota missed by " + (q.plan().yearQuota() - q.admitted()))))
                .toList();
    }
}
