package vn.dangbo.portal.plugin.cantho.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Tally;

/**
 * CT-PRIVATE-ORG: private economic units with 50 or more stable workers on 31/12/Y that have a party
 * organisation (branch or đảng bộ) that day / all such units. Units without a worker count cannot be
 * placed and are left out, with a note.
 */
final class PrivateUnitOrganisations implements Indicator {

    static final int WORKERS = 50;
    private static final LocalizedText NO_ORGANISATION = LocalizedText.of("Từ 50 lao động nhưng chưa có tổ chức đảng",
            "50 or more workers and no party organisation");

    private final IndicatorDefinition definition;

    PrivateUnitOrganisations(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private static Tally<UnitSummary> tally(EvaluationContext context) {
        List<UnitSummary> large = PrivateUnits.on(context, context.yearEnd()).stream()
                .filter(u -> u.stableWorkers() != null && u.stableWorkers() >= WORKERS)
                .toList();
        return Tally.of(large, UnitSummary::hasPartyOrganisation);
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        IndicatorResult result = tally(context).result(definition, context.year(), definition.target(), null, null);
        long unknown = PrivateUnits.on(context, context.yearEnd()).stream().filter(u -> u.stableWorkers() == null)
                .count();
        if (unknown > 0 && result.reason() == null) {
            result = result.withNote(LocalizedText.of(unknown + " đơn vị chưa có số lao động ổn định, chưa tính",
                    unknown + " units without a stable worker count were left out"));
        }
        return result;
    }

    /** Every unit of 50+ workers, those without a party organisation first. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return tally(context).rows(UnitSummary::id, UnitSummary::name, u -> NO_ORGANISATION);
    }
}
