package vn.dangbo.portal.plugin.cantho.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.program.support.OrganisationTree;

/** "Chi bộ ấp, khu vực": residential branches serving an ấp or a khu vực on the date. */
final class HamletBranches {

    static final Set<AreaKind> KINDS = Set.of(AreaKind.HAMLET, AreaKind.URBAN_AREA);

    private HamletBranches() {
    }

    static List<OrganisationSummary> on(EvaluationContext context, LocalDate date) {
        return OrganisationTree.at(context, date).residentialBranches(OrganisationTree.areasById(context, date), KINDS);
    }
}
