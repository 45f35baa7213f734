package vn.dangbo.portal.program.support;

import vn.dangbo.portal.api.model.LocalizedText;

/** Why a figure has not enough data (programs.md: inputs of that kind absent for the territory and year). */
public final class Reasons {

    public static final LocalizedText NO_RATINGS = LocalizedText.of(
            "Chưa có kết quả đánh giá, xếp loại của năm", "No quality ratings recorded for the year");
    public static final LocalizedText NO_TRAINING_RECORDS = LocalizedText.of(
            "Chưa có số liệu bồi dưỡng, cập nhật kiến thức của năm", "No update-course records for the year");
    public static final LocalizedText NO_TASK_RECORDS = LocalizedText.of(
            "Chưa có số liệu phân công nhiệm vụ đảng viên của năm", "No task assignment records for the year");
    public static final LocalizedText NO_PLANS = LocalizedText.of(
            "Chưa có kế hoạch phát triển đảng viên nào được ghi nhận", "No admission plan recorded");
    public static final LocalizedText NO_QUOTAS = LocalizedText.of(
            "Chưa có chỉ tiêu kết nạp nào được giao cho năm", "No admission quota assigned for the year");
    public static final LocalizedText NO_POPULATION = LocalizedText.of(
            "Thiếu số liệu dân số của năm", "The year's population figure is missing");
    public static final LocalizedText NO_CANDIDATE_MOVES = LocalizedText.of(
            "Không có quần chúng đã có giấy chứng nhận chuyển đi trong năm",
            "No trained candidate moved away in the year");
    public static final LocalizedText NOBODY_AWAY = LocalizedText.of(
            "Không có đảng viên nào được ghi nhận đi làm ăn xa", "Nobody recorded as working away");
    public static final LocalizedText NO_PREVIOUS_YEAR = LocalizedText.of(
            "Chưa có số liệu năm trước để so sánh", "No figure for the previous year to compare with");
    public static final LocalizedText NO_OCCUPATIONS = LocalizedText.of(
            "Nền tảng chưa ghi nhận nghề nghiệp của đảng viên", "The platform records no occupations of members");

    private Reasons() {
    }
}
