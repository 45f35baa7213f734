package vn.dangbo.portal.program.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.program.EvaluationContext;

/**
 * Areas of some kinds whose position holder on 31/12 is a party member / the areas counted. For a
 * "rising" target the previous year's share is computed the same way.
 */
public final class AreaHeadIndicator implements Indicator {

    private final IndicatorDefinition definition;
    private final PositionKind position;
    private final Set<AreaKind> kinds;
    private final AreaPositions.Vacancy vacancy;
    private final RangePolicy policy;

    public AreaHeadIndicator(IndicatorDefinition definition, PositionKind position, Set<AreaKind> kinds,
            AreaPositions.Vacancy vacancy, RangePolicy policy) {
        this.definition = definition;
        this.position = position;
        this.kinds = Set.copyOf(kinds);
        this.vacancy = vacancy;
        this.policy = policy;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        Target target = definition.target();
        BigDecimal previous = target instanceof Target.Rising
                ? AreaPositions.onYearEnd(context, context.year() - 1, position, kinds, vacancy).percent()
                : null;
        return AreaPositions.onYearEnd(context, context.year(), position, kinds, vacancy)
                .result(definition, context.year(), target, previous, policy);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return AreaPositions.rows(AreaPositions.onYearEnd(context, context.year(), position, kinds, vacancy));
    }
}
