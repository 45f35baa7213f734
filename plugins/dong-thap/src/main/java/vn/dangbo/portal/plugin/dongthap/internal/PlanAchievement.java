package vn.dangbo.portal.plugin.dongthap.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;

/**
 * DT-PLAN-ACHIEVEMENT: admissions of Y by the committees that have a quota for Y / the sum of those
 * quotas. The drill-down gives each committee's year, then each of its terms that include Y
 * (admissions from the term's first year to the end of Y against the term quota).
 */
final class PlanAchievement implements Indicator {

    private final IndicatorDefinition definition;

    PlanAchievement(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<CommitteePlan> withQuota = context.workRecords().admissionPlans(context.year()).stream()
                .filter(p -> p.yearQuota() != null).toList();
        if (withQuota.isEmpty()) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(), Reasons.NO_QUOTAS,
                    null, null);
        }
        Map<Long, Long> admitted = byCommittee(context, context.yearStart());
        long numerator = withQuota.stream().mapToLong(p -> admitted.getOrDefault(p.organisationId(), 0L)).sum();
        long denominator = withQuota.stream().mapToLong(CommitteePlan::yearQuota).sum();
        return IndicatorResult.ratio(definition, context.year(), numerator, denominator, definition.target(), null,
                null);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        Map<Long, Long> yearAdmitted = byCommittee(context, context.yearStart());
        List<DrillDownRow> rows = new ArrayList<>();
        for (CommitteePlan plan : context.workRecords().admissionPlans(context.year())) {
            if (plan.yearQuota() != null) {
                rows.add(row(plan.organisationId(), plan.name() + " — năm " + context.year(),
                        yearAdmitted.getOrDefault(plan.organisationId(), 0L), plan.yearQuota()));
            }
            for (CommitteePlan.TermPlan term : plan.termPlans()) {
                String label = plan.name() + " — nhiệm kỳ " + term.fromYear() + "-" + term.toYear();
                long admitted = byCommittee(context, LocalDate.of(term.fromYear(), 1, 1))
                        .getOrDefault(plan.organisationId(), 0L);
                rows.add(term.quota() == null
                        ? new DrillDownRow(plan.organisationId(), label, admitted, null, null, Status.NOT_ENOUGH_DATA,
                                LocalizedText.of("Kế hoạch nhiệm kỳ không ghi chỉ tiêu", "The term plan sets no quota"))
                        : row(plan.organisationId(), label, admitted, term.quota()));
            }
        }
        return rows;
    }

    private DrillDownRow row(long id, String label, long admitted, long quota) {
        Status status = quota == 0 ? Status.NOT_ENOUGH_DATA
                : definition.target().assess(Numbers.percent(admitted, quota), null, definition.measure(), null)
                        .status();
        return Rows.share(id, label, admitted, quota, status, null);
    }

    /** Admissions from the date to 31/12/Y by committee directly under the provincial committee on 31/12/Y. */
    private static Map<Long, Long> byCommittee(EvaluationContext context, LocalDate from) {
        return AdmissionFigures.byOrganisationId(context.admissions().countBy(from, context.yearEnd(),
                AdmissionDimension.COMMITTEE));
    }
}
