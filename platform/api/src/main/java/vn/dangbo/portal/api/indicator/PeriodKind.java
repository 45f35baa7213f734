package vn.dangbo.portal.api.indicator;

/** When an indicator applies. */
public enum PeriodKind {
    /** A figure for each year (events dated in the year). */
    EVERY_YEAR,
    /** A state "as of" 31 December of the year. */
    AS_OF_DATE,
    /** A running total from the start of the program's period to the end of the year. */
    CUMULATIVE,
    /** Once for a term (a plan covering the period). */
    ONCE_FOR_TERM
}
