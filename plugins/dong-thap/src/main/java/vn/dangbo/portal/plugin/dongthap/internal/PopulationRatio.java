package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.OrganisationTree;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;

/**
 * DT-POPULATION-RATIO: members on 31/12/Y / the year's population of all areas of the territory. A
 * missing population figure gives not enough data. Drill-down per committee directly under the
 * provincial committee: its members over the population of the areas it serves.
 */
final class PopulationRatio implements Indicator {

    private static final LocalizedText NO_AREA_POPULATION = LocalizedText.of(
            "Chưa có số liệu dân số địa bàn của đảng bộ", "No population figure for the committee's areas");

    private final IndicatorDefinition definition;
    private final Target target;

    PopulationRatio(IndicatorDefinition definition, Target target) {
        this.definition = definition;
        this.target = target;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        long members = context.members().membersAt(context.yearEnd());
        OptionalLong population = context.directory().population(context.year());
        if (population.isEmpty()) {
            return IndicatorResult.notEnoughData(definition, context.year(), target, Reasons.NO_POPULATION, members,
                    null);
        }
        return IndicatorResult.ratio(definition, context.year(), members, population.getAsLong(), target, null, null);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        Map<Long, Long> members = AdmissionFigures.byOrganisationId(
                context.members().membersByCommittee(context.yearEnd()));
        return OrganisationTree.at(context, context.yearEnd()).ofType(OrganisationType.DIRECT_COMMITTEE).stream()
                .map(c -> row(context, c, members.getOrDefault(c.id(), 0L)))
                .toList();
    }

    private DrillDownRow row(EvaluationContext context, OrganisationSummary committee, long members) {
        long population = 0;
        boolean known = !committee.areaIds().isEmpty();
        for (long area : committee.areaIds()) {
            OptionalLong figure = context.directory().areaPopulation(area, context.year());
            known &= figure.isPresent();
            population += figure.orElse(0);
        }
        if (!known || population == 0) {
            return new DrillDownRow(committee.id(), committee.name(), members, null, null, Status.NOT_ENOUGH_DATA,
                    NO_AREA_POPULATION);
        }
        Status status = target.assess(Numbers.percent(members, population), null, definition.measure(), null)
                .status();
        return Rows.share(committee.id(), committee.name(), members, population, status, null);
    }
}
