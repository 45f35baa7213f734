package vn.dangbo.portal.plugin.khanhhoa.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.OrganisationTree;
import vn.dangbo.portal.program.support.Tally;

/**
 * KH-INDEPENDENT-BRANCH: thôn and tổ dân phố on 31/12/Y with a residential branch that serves exactly
 * that area / all thôn and tổ dân phố.
 */
final class IndependentBranches implements Indicator {

    static final Set<AreaKind> KINDS = Set.of(AreaKind.VILLAGE, AreaKind.STREET_GROUP);
    private static final LocalizedText SHARED = LocalizedText.of("Sinh hoạt ghép với thôn, tổ dân phố khác",
            "Its branch also serves other areas");
    private static final LocalizedText NONE = LocalizedText.of("Chưa có chi bộ", "No branch");

    private final IndicatorDefinition definition;

    IndependentBranches(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private record Village(AreaSummary area, boolean own, boolean shared) {
    }

    private static List<Village> villages(EvaluationContext context) {
        Map<Long, AreaSummary> areas = OrganisationTree.areasById(context, context.yearEnd());
        List<OrganisationSummary> branches = OrganisationTree.at(context, context.yearEnd())
                .residentialBranches(areas, KINDS);
        return areas.values().stream()
                .filter(a -> KINDS.contains(a.kind()))
                .map(a -> new Village(a,
                        branches.stream().anyMatch(b -> b.areaIds().equals(List.of(a.id()))),
                        branches.stream().anyMatch(b -> b.areaIds().contains(a.id()))))
                .toList();
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        return Tally.of(villages(context), Village::own).result(definition, context.year(), definition.target(), null,
                null);
    }

    /** Areas without a branch of their own first, saying whether they share one. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return Tally.of(villages(context), Village::own).rows(v -> v.area().id(), v -> v.area().name(),
                v -> v.shared() ? SHARED : NONE);
    }
}
