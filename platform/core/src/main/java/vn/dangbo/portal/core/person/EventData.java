package vn.dangbo.portal.core.person;

import java.time.LocalDate;

/**
 * A membership event to record.
 *
 * @param kind           what happened
 * @param date           when: the decision date for decisions
 * @param organisationId the organisation concerned: registering, admitting, from (transfer out), to
 *                       (transfer in), host (temporary transfer)
 * @param detail         exit kind ({@link vn.dangbo.portal.api.model.ExitKind}) or discipline kind
 *                       ({@link DisciplineKind}); null otherwise
 * @param decisionRef    number of the decision or certificate
 * @param counterpart    free text: where the member went or came from, when outside the portal
 * @param voteDate       date of the branch vote (admission); the age is checked on it
 * @param correctsId     the event this one corrects, null for an original event
 * @param voids          with correctsId: withdraws the corrected event
 * @param reason         why (required for a correction)
 */
public record EventData(MembershipEventKind kind, LocalDate date, Long organisationId, String detail,
        String decisionRef, String counterpart, LocalDate voteDate, Long correctsId, boolean voids, String reason) {

    public static EventData of(MembershipEventKind kind, LocalDate date, Long organisationId) {
        return new EventData(kind, date, organisationId, null, null, null, null, null, false, null);
    }

    public EventData withDetail(String value) {
        return new EventData(kind, date, organisationId, value, decisionRef, counterpart, voteDate, correctsId, voids,
                reason);
    }

    public EventData withVoteDate(LocalDate value) {
        return new EventData(kind, date, organisationId, detail, decisionRef, counterpart, value, correctsId, voids,
                reason);
    }
}
