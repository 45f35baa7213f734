package vn.dangbo.portal.core.person;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A recorded membership event, as services return it. */
public record MembershipEventView(long id, long personId, MembershipEventKind kind, LocalDate date,
        Long organisationId, String detail, String decisionRef, String counterpart, LocalDate voteDate,
        String occupation, Long correctsId, boolean voids, String reason, LocalDateTime recordedAt) {
}
