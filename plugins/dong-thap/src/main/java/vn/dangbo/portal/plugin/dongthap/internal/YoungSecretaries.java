package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.BranchLeadership;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Tally;

/**
 * DT-YOUNG-SECRETARY: residential branches of ấp and khóm on 31/12/Y whose secretary also holds the
 * head post of one of the branch's areas and is under 40 (fewer than 40 whole years on 31/12/Y). The
 * denominator is, by default, the branches whose secretary is also head; under the other reading, all
 * branches of ấp and khóm. The target (50 %) is set "đến năm 2025": earlier years are tracked.
 */
final class YoungSecretaries implements Indicator {

    static final Set<AreaKind> KINDS = Set.of(AreaKind.HAMLET, AreaKind.URBAN_HAMLET);
    static final int TARGET_YEAR = 2025;
    static final int AGE_LIMIT = 40;

    private static final LocalizedText NOT_HEAD = LocalizedText.of("Bí thư không đồng thời là trưởng ấp (khóm)",
            "The secretary is not also the hamlet head");
    private static final LocalizedText NOT_YOUNG = LocalizedText.of("Bí thư kiêm trưởng ấp từ 40 tuổi trở lên",
            "The secretary-head is 40 or older");
    private static final LocalizedText TARGET_LATER = LocalizedText.of(
            "Chỉ tiêu 50 % đặt cho năm 2025; các năm trước chỉ theo dõi",
            "The 50 % target is set for 2025; earlier years are tracked");

    private final IndicatorDefinition definition;
    private final DongThapSettings.YoungSecretaryBase base;

    YoungSecretaries(IndicatorDefinition definition, DongThapSettings.YoungSecretaryBase base) {
        this.definition = definition;
        this.base = base;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private static boolean young(BranchLeadership b) {
        return b.secretaryIsAreaHead() && b.secretaryAgeYears() >= 0 && b.secretaryAgeYears() < AGE_LIMIT;
    }

    private Tally<BranchLeadership> tally(EvaluationContext context) {
        List<BranchLeadership> branches = context.workRecords().residentialBranchLeadership(context.yearEnd()).stream()
                .filter(b -> b.areaKinds().stream().anyMatch(KINDS::contains))
                .filter(b -> base == DongThapSettings.YoungSecretaryBase.ALL_BRANCHES || b.secretaryIsAreaHead())
                .toList();
        return Tally.of(branches, YoungSecretaries::young);
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        boolean judged = context.year() >= TARGET_YEAR;
        Target target = judged ? definition.target() : new Target.Tracked();
        IndicatorResult result = tally(context).result(definition, context.year(), target, null, null);
        return judged || result.reason() != null ? result : result.withNote(TARGET_LATER);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return tally(context).rows(BranchLeadership::organisationId, BranchLeadership::name,
                b -> b.secretaryIsAreaHead() ? NOT_YOUNG : NOT_HEAD);
    }
}
