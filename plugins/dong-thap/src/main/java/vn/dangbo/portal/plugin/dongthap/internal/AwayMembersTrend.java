package vn.dangbo.portal.plugin.dongthap.internal;

import java.math.BigDecimal;
import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AwayMembers;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;

/**
 * DT-AWAY-MEMBERS: members flagged as working away on at least one day of Y, and the requests to
 * leave the party they filed in Y while flagged. The status is "trend down" of the requests against
 * last year's; nobody flagged gives not enough data. The two counts are the result's components.
 */
final class AwayMembersTrend implements Indicator {

    private final IndicatorDefinition definition;
    private final IndicatorDefinition flaggedPart;

    AwayMembersTrend(IndicatorDefinition definition) {
        this.definition = definition;
        this.flaggedPart = new IndicatorDefinition(definition.code(), LocalizedText.of(
                "Đảng viên đi làm ăn xa nơi cư trú", "Members working away from residence"),
                LocalizedText.of("Đảng viên được ghi nhận đi làm ăn xa ít nhất một ngày trong năm",
                        "members flagged as working away on at least one day of Y"),
                Measure.COUNT, new Target.Tracked(), PeriodKind.EVERY_YEAR, definition.firstYear(),
                definition.lastYear(), definition.source());
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        AwayMembers now = context.members().awayMembers(context.year());
        if (now.flagged() == 0) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(), Reasons.NOBODY_AWAY,
                    0L, null);
        }
        AwayMembers before = context.members().awayMembers(context.year() - 1);
        BigDecimal previous = before.flagged() == 0 ? null : BigDecimal.valueOf(before.requestsToLeave());
        IndicatorResult requests = IndicatorResult.count(definition, context.year(), now.requestsToLeave(),
                definition.target(), previous, null);
        IndicatorResult flagged = IndicatorResult.count(flaggedPart, context.year(), now.flagged(),
                flaggedPart.target(), null, null);
        return requests.withComponents(List.of(flagged, requests));
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        AwayMembers now = context.members().awayMembers(context.year());
        AwayMembers before = context.members().awayMembers(context.year() - 1);
        return List.of(
                Rows.count(null, "Đi làm ăn xa năm " + context.year(), now.flagged(), Status.TRACKED, null),
                Rows.count(null, "Xin ra khỏi Đảng năm " + context.year(), now.requestsToLeave(), Status.TRACKED, null),
                Rows.count(null, "Xin ra khỏi Đảng năm " + (context.year() - 1), before.requestsToLeave(),
                        Status.TRACKED, null));
    }
}
