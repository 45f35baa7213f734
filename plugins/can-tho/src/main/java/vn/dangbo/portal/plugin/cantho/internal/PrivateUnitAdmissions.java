package vn.dangbo.portal.plugin.cantho.internal;

import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.OrganisationTree;
import vn.dangbo.portal.program.support.Rows;
import vn.dangbo.portal.program.support.Tally;

/**
 * CT-PRIVATE-ADMIT: private economic units with a party organisation on 31/12/Y whose admissions of
 * Y (by that organisation or any below it) reach required(stable workers on 31/12/Y) / those units.
 * A unit without a recorded worker count cannot be judged: it is left out and listed as such.
 */
final class PrivateUnitAdmissions implements Indicator {

    private final IndicatorDefinition definition;
    private final CanThoSettings.RequiredStep step;

    PrivateUnitAdmissions(IndicatorDefinition definition, CanThoSettings.RequiredStep step) {
        this.definition = definition;
        this.step = step;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** A unit with a branch, its admissions of the year and what it had to admit (null: workers unknown). */
    record UnitAdmissions(UnitSummary unit, long admitted, Integer required) {
        boolean met() {
            return required != null && admitted >= required;
        }
    }

    List<UnitAdmissions> units(EvaluationContext context) {
        OrganisationTree tree = OrganisationTree.at(context, context.yearEnd());
        Map<Long, Long> admitted = AdmissionFigures.byOrganisationId(context.admissions()
                .countBy(context.yearStart(), context.yearEnd(), AdmissionDimension.ORGANISATION));
        return PrivateUnits.on(context, context.yearEnd()).stream()
                .filter(UnitSummary::hasPartyOrganisation)
                .map(u -> new UnitAdmissions(u,
                        tree.selfAndDescendants(u.partyOrganisationId()).stream()
                                .mapToLong(id -> admitted.getOrDefault(id, 0L)).sum(),
                        u.stableWorkers() == null ? null : RequiredAdmissions.required(u.stableWorkers(), step)))
                .toList();
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<UnitAdmissions> all = units(context);
        List<UnitAdmissions> judged = all.stream().filter(u -> u.required() != null).toList();
        IndicatorResult result = Tally.of(judged, UnitAdmissions::met)
                .result(definition, context.year(), definition.target(), null, null);
        long unknown = all.size() - judged.size();
        if (unknown > 0 && result.reason() == null) {
            result = result.withNote(LocalizedText.of(unknown + " đơn vị chưa có số lao động ổn định, chưa tính",
                    unknown + " units without a stable worker count were left out"));
        }
        return result;
    }

    /** Every unit with a branch: admitted against required, units that fell short first. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return units(context).stream()
                .sorted(java.util.Comparator.comparing(UnitAdmissions::met))
                .map(u -> {
                    if (u.required() == null) {
                        return new DrillDownRow(u.unit().id(), u.unit().name(), u.admitted(), null, null,
                                Status.NOT_ENOUGH_DATA, LocalizedText.of("Chưa có số lao động ổn định",
                                        "No stable worker count recorded"));
                    }
                    LocalizedText note = LocalizedText.of(
                            u.unit().stableWorkers() + " lao động: phải kết nạp " + u.required() + ", đã kết nạp "
                                    + u.admitted(),
                            u.unit().stableWorkers() + " workers: " + u.required() + " required, " + u.admitted()
                                    + " admitted");
                    return Rows.share(u.unit().id(), u.unit().name(), u.admitted(), u.required(), Rows.metIf(u.met()),
                            note);
                })
                .toList();
    }
}
