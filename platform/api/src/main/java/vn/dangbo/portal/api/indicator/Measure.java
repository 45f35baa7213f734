package vn.dangbo.portal.api.indicator;

/** What kind of number an indicator is. */
public enum Measure {
    /** A share in percent: 100 × numerator / denominator. */
    PERCENT,
    /** A count of events or records. */
    COUNT,
    /** An average: numerator / denominator. */
    AVERAGE
}
