package vn.dangbo.portal.api.indicator;

/** How a value above a range ("3 % to 4 %") is judged. */
public enum RangePolicy {
    /** Met, and marked exceeded (vượt). The portal's default. */
    ABOVE_IS_EXCEEDED,
    /** Met only inside the range. */
    ONLY_INSIDE
}
