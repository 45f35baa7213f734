package vn.dangbo.portal.program.support;

import java.util.List;
import java.util.function.Predicate;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.CommitteePlan;

/**
 * Committees directly under the provincial committee on 31/12 that have an admission plan of the
 * kind the program asks for / all of them. Not enough data when no committee has any such plan
 * (programs.md: no plans recorded for the territory and year).
 */
public final class CommitteePlanIndicator implements Indicator {

    private static final LocalizedText NO_PLAN = LocalizedText.of("Chưa có kế hoạch", "No plan");

    private final IndicatorDefinition definition;
    private final Predicate<CommitteePlan> hasPlan;
    private final RangePolicy policy;

    public CommitteePlanIndicator(IndicatorDefinition definition, Predicate<CommitteePlan> hasPlan,
            RangePolicy policy) {
        this.definition = definition;
        this.hasPlan = hasPlan;
        this.policy = policy;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private Tally<CommitteePlan> tally(EvaluationContext context) {
        return Tally.of(context.workRecords().admissionPlans(context.year()), hasPlan);
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        Tally<CommitteePlan> tally = tally(context);
        if (tally.numerator() == 0) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(), Reasons.NO_PLANS,
                    tally.numerator(), tally.denominator());
        }
        return tally.result(definition, context.year(), definition.target(), null, policy);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return tally(context).rows(CommitteePlan::organisationId, CommitteePlan::name, p -> NO_PLAN);
    }
}
