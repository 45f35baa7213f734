package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Rows;

/**
 * DT-SCREENING: removals (xóa tên, including failed probation), expulsions and leaving at own request
 * dated in Y; deaths and mere requests are not counted. A count of events, tracked.
 */
final class Screening implements Indicator {

    private final IndicatorDefinition definition;

    Screening(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        Map<ExitKind, Long> exits = context.members().exits(context.yearStart(), context.yearEnd());
        long screened = exits.entrySet().stream().filter(e -> e.getKey().isScreening())
                .mapToLong(Map.Entry::getValue).sum();
        return IndicatorResult.count(definition, context.year(), screened, definition.target(), null, null);
    }

    /** The count per kind of exit that screening counts. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        Map<ExitKind, Long> exits = context.members().exits(context.yearStart(), context.yearEnd());
        return Arrays.stream(ExitKind.values()).filter(ExitKind::isScreening)
                .map(k -> Rows.count(null, label(k), exits.getOrDefault(k, 0L), Status.TRACKED, null))
                .toList();
    }

    private static String label(ExitKind kind) {
        return switch (kind) {
            case REMOVAL -> "Xóa tên";
            case EXPULSION -> "Khai trừ";
            case LEFT_AT_OWN_REQUEST -> "Cho ra khỏi Đảng";
            case DEATH -> "Từ trần";
        };
    }
}
