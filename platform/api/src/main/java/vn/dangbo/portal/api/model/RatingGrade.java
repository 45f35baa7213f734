package vn.dangbo.portal.api.model;

/** The four grades of the yearly quality rating of members and organisations. */
public enum RatingGrade {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED;

    /** "Hoàn thành tốt nhiệm vụ trở lên": excellent or good. */
    public boolean isGoodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }
}
