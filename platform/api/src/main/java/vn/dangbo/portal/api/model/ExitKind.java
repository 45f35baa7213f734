package vn.dangbo.portal.api.model;

/** Ways a person leaves the party rolls. A permanent transfer out is not an exit from the party. */
public enum ExitKind {
    /** Xóa tên, including failed probation. */
    REMOVAL,
    /** Khai trừ (a discipline). */
    EXPULSION,
    /** Cho ra khỏi Đảng: leaving at own request. */
    LEFT_AT_OWN_REQUEST,
    DEATH;

    /** Exits counted by screening (DT-SCREENING): removal, expulsion, leaving at own request. */
    public boolean isScreening() {
        return this != DEATH;
    }
}
