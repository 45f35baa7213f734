package vn.dangbo.portal.web.rest.person;

import java.time.LocalDate;

/**
 * POST /api/v1/people/{id}/corrections: corrects an earlier event (same kind) with new values, or
 * withdraws it ({@code voids}); the reason is required.
 */
public record CorrectionRequest(Long correctsId, String reason, Boolean voids, LocalDate eventDate,
        Long organisationId, LocalDate voteDate, String decisionRef, String counterpart, String kind) {
}
