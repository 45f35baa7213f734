package vn.dangbo.portal.plugin.haiphong.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.CandidateMove;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;
import vn.dangbo.portal.program.support.Tally;

/**
 * HP-CANDIDATE-HANDOVER: moves in Y of candidates holding a valid awareness certificate, not admitted,
 * out of an organisation of the city, whose origin (or its successor) issued a notice / all such
 * moves. No such move gives not enough data.
 */
final class CandidateHandover implements Indicator {

    static final LocalizedText NOT_NOTIFIED = LocalizedText.of("Nơi chuyển đi chưa thông báo cho nơi đến",
            "The origin has not notified the destination");
    static final LocalizedText NOT_ACKNOWLEDGED = LocalizedText.of("Đã thông báo, nơi đến chưa xác nhận",
            "Notified; the destination has not acknowledged");

    private final IndicatorDefinition definition;

    CandidateHandover(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<CandidateMove> moves = context.workRecords().candidateMoves(context.year());
        if (moves.isEmpty()) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(),
                    Reasons.NO_CANDIDATE_MOVES, 0L, 0L);
        }
        return Tally.of(moves, CandidateMove::notified).result(definition, context.year(), definition.target(), null,
                null);
    }

    /** Each move, by origin: not notified first; notified but not acknowledged is noted. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return context.workRecords().candidateMoves(context.year()).stream()
                .sorted(java.util.Comparator.comparing(CandidateMove::notified).thenComparing(CandidateMove::date))
                .map(m -> {
                    DrillDownRow row = Rows.item(m.fromOrganisationId(), m.fromName() + " → " + m.toName() + " ("
                            + m.date() + ")", m.notified(), NOT_NOTIFIED);
                    return m.notified() && !m.acknowledged()
                            ? new DrillDownRow(row.organisationId(), row.label(), row.numerator(), row.denominator(),
                                    row.value(), row.status(), NOT_ACKNOWLEDGED)
                            : row;
                })
                .toList();
    }
}
