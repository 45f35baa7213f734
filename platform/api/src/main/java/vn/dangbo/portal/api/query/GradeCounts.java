package vn.dangbo.portal.api.query;

import vn.dangbo.portal.api.model.RatingGrade;

/**
 * Member ratings of one grassroots organisation in a year, by grade.
 *
 * @param organisationId the grassroots organisation
 * @param name           its name
 * @param excellent      hoàn thành xuất sắc nhiệm vụ
 * @param good           hoàn thành tốt nhiệm vụ
 * @param completed      hoàn thành nhiệm vụ
 * @param notCompleted   không hoàn thành nhiệm vụ
 */
public record GradeCounts(long organisationId, String name, long excellent, long good, long completed,
        long notCompleted) {

    public long total() {
        return excellent + good + completed + notCompleted;
    }

    public long goodOrBetter() {
        return excellent + good;
    }

    public long count(RatingGrade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case COMPLETED -> completed;
            case NOT_COMPLETED -> notCompleted;
        };
    }
}
