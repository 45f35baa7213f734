package vn.dangbo.portal.program.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.program.EvaluationContext;

/** Shares of residential areas whose position holder (head, Front committee head) is a party member. */
public final class AreaPositions {

    /** What a vacant post counts as. */
    public enum Vacancy {
        /** Counted in the denominator as a post not held by a member. */
        NOT_A_MEMBER,
        /** Left out of the figure. */
        LEFT_OUT
    }

    private static final LocalizedText VACANT = LocalizedText.of("Khuyết người đảm nhiệm", "The post is vacant");
    private static final LocalizedText NOT_MEMBER = LocalizedText.of("Người đảm nhiệm chưa là đảng viên",
            "The holder is not a party member");

    private AreaPositions() {
    }

    /** The posts of the given areas on 31/12 of the year. */
    public static Tally<AreaPosition> onYearEnd(EvaluationContext context, int year, PositionKind position,
            Set<AreaKind> kinds, Vacancy vacancy) {
        List<AreaPosition> posts = context.directory().positions(LocalDate.of(year, 12, 31), position, kinds).stream()
                .filter(p -> vacancy == Vacancy.NOT_A_MEMBER || !p.vacant())
                .toList();
        return Tally.of(posts, AreaPosition::holderIsMember);
    }

    /** One row per area, posts not held by a member first, saying whether the post is vacant. */
    public static List<DrillDownRow> rows(Tally<AreaPosition> tally) {
        return tally.rows(p -> p.area().id(), p -> p.area().name(), p -> p.vacant() ? VACANT : NOT_MEMBER);
    }
}
