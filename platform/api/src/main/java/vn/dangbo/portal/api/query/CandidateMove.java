package vn.dangbo.portal.api.query;

import java.time.LocalDate;

/**
 * A trained candidate who moved away from an organisation of the territory. No personal data.
 *
 * @param moveId             the recorded move
 * @param fromOrganisationId the organisation moved away from
 * @param fromName           its name
 * @param toName             where the candidate went (organisation or free text)
 * @param date               date of the move
 * @param notified           the origin organisation (or its successor) issued a notice for this move
 * @param acknowledged       the destination acknowledged the notice
 */
public record CandidateMove(long moveId, long fromOrganisationId, String fromName, String toName, LocalDate date,
        boolean notified, boolean acknowledged) {
}
