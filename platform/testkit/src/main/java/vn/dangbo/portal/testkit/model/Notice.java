package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;

/** A notice an organisation issued for a candidate's move; acknowledged by the destination or not. */
public record Notice(long moveId, long organisationId, LocalDate date, boolean acknowledged) {
}
