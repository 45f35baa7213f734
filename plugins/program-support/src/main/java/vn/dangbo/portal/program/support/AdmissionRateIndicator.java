package vn.dangbo.portal.program.support;

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.program.EvaluationContext;

/**
 * The yearly admission rate: admissions in Y / members at the end of Y-1, judged against the
 * definition's target; drill-down per committee directly under the provincial committee.
 */
public final class AdmissionRateIndicator implements Indicator {

    private final IndicatorDefinition definition;
    private final RangePolicy policy;

    public AdmissionRateIndicator(IndicatorDefinition definition, RangePolicy policy) {
        this.definition = definition;
        this.policy = policy;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        return AdmissionFigures.rate(definition, context, definition.target(), policy);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return AdmissionFigures.rateByCommittee(context, definition.target(), policy, definition);
    }
}
