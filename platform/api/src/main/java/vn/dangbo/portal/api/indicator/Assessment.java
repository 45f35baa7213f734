package vn.dangbo.portal.api.indicator;

/**
 * A status and whether the value went above a range.
 *
 * @param status   the status
 * @param exceeded the value lies above the target's range (vượt)
 */
public record Assessment(Status status, boolean exceeded) {

    public static Assessment of(Status status) {
        return new Assessment(status, false);
    }
}
