package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;

/** A candidate's recorded move away from an organisation. */
public record Move(long id, long personId, long fromOrganisationId, String toName, LocalDate date) {
}
