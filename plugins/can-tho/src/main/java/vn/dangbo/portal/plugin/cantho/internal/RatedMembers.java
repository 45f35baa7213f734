package vn.dangbo.portal.plugin.cantho.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;

/** CT-MEM-RATING: members rated xuất sắc or tốt in Y / members rated in Y; drill-down per grassroots organisation. */
final class RatedMembers implements Indicator {

    private final IndicatorDefinition definition;

    RatedMembers(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<GradeCounts> counts = context.ratings().memberRatings(context.year());
        long rated = counts.stream().mapToLong(GradeCounts::total).sum();
        long good = counts.stream().mapToLong(GradeCounts::goodOrBetter).sum();
        if (rated == 0) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(), Reasons.NO_RATINGS,
                    0L, 0L);
        }
        return IndicatorResult.ratio(definition, context.year(), good, rated, definition.target(), null, null);
    }

    /** Each grassroots organisation's share, judged against the same target; the weakest first. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return context.ratings().memberRatings(context.year()).stream()
                .filter(c -> c.total() > 0)
                .sorted(java.util.Comparator.comparing(
                        (GradeCounts c) -> Numbers.percent(c.goodOrBetter(), c.total())))
                .map(c -> Rows.share(c.organisationId(), c.name(), c.goodOrBetter(), c.total(),
                        definition.target().assess(Numbers.percent(c.goodOrBetter(), c.total()), null,
                                definition.measure(), null).status(),
                        c.notCompleted() > 0 ? LocalizedText.of(c.notCompleted() + " đảng viên không hoàn thành nhiệm vụ",
                                c.notCompleted() + " members did not complete their tasks") : null))
                .toList();
    }
}
