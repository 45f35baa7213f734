package vn.dangbo.portal.api.query;

/**
 * Probationary members whose 12 months from the admission ceremony end in a year.
 *
 * @param cohort   all of them
 * @param onTime   recognised as full members within the allowed delay (30 working days) after the 12 months
 * @param overdue  not recognised within that delay (including those still waiting)
 * @param setAside those who left before the deadline
 */
public record ProbationCohort(long cohort, long onTime, long overdue, long setAside) {
}
