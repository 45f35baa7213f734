package vn.dangbo.portal.plugin.haiphong.internal;

import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.CandidateMove;

/**
 * The Hải Phòng page's own section: the hand-over workflow of the year's candidate moves (moved →
 * notice issued by the origin → acknowledged by the destination), one row per move.
 */
public final class HaiPhongSections {

    private HaiPhongSections() {
    }

    public static List<PageSection> create(EvaluationContext context) {
        List<CandidateMove> moves = context.workRecords().candidateMoves(context.year());
        List<List<Object>> rows = moves.stream()
                .map(m -> List.<Object>of(m.date().toString(), m.fromName(), m.toName(),
                        m.notified() ? "Đã thông báo" : "Chưa thông báo",
                        m.acknowledged() ? "Đã xác nhận" : "Chưa xác nhận"))
                .toList();
        return List.of(new PageSection.Table(
                LocalizedText.of("Bàn giao quần chúng chuyển đi trong năm " + context.year(),
                        "Hand-over of candidates who moved in " + context.year()),
                List.of(LocalizedText.of("Ngày chuyển", "Moved on"), LocalizedText.of("Nơi đi", "From"),
                        LocalizedText.of("Nơi đến", "To"), LocalizedText.of("Thông báo", "Notice"),
                        LocalizedText.of("Nơi đến xác nhận", "Acknowledged")),
                rows));
    }
}
