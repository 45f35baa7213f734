package vn.dangbo.portal.plugin.cantho.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.BranchReferral;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Tally;

/**
 * CT-HAMLET-BRANCH-REFER: branches of ấp / khu vực that introduced and trained at least one worker
 * living in their area and working in a private economic unit without a party organisation / the
 * branches that have such workers on 31/12/Y or introduced one during Y ("nếu có": no such branch
 * gives not enough data).
 */
final class HamletBranchReferrals implements Indicator {

    private static final LocalizedText NONE_REFERRED = LocalizedText.of(
            "Có người lao động thuộc diện nhưng chưa giới thiệu, bồi dưỡng ai",
            "Has such workers but introduced none");

    private final IndicatorDefinition definition;

    HamletBranchReferrals(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private static Tally<BranchReferral> tally(EvaluationContext context) {
        Set<Long> hamletBranches = HamletBranches.on(context, context.yearEnd()).stream()
                .map(OrganisationSummary::id).collect(Collectors.toSet());
        List<BranchReferral> concerned = context.workRecords().residentialReferrals(context.year()).stream()
                .filter(r -> hamletBranches.contains(r.organisationId()))
                .filter(r -> r.suchWorkers() > 0 || r.referred() > 0)
                .toList();
        return Tally.of(concerned, r -> r.referred() > 0);
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        return tally(context).result(definition, context.year(), definition.target(), null, null);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return tally(context).rows(BranchReferral::organisationId, BranchReferral::name, r -> NONE_REFERRED);
    }
}
