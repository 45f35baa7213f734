package vn.dangbo.portal.api.indicator;

import vn.dangbo.portal.api.model.LocalizedText;

/**
 * The indicators the platform computes for every province on the consolidated page. A plugin maps
 * its own targets onto them ({@link vn.dangbo.portal.api.program.ProvinceProgram#ownTargets()}).
 */
public enum CommonIndicator {
    MEMBERS_AT_YEAR_END(Measure.COUNT, LocalizedText.of("Đảng viên cuối năm", "Members at year end")),
    ADMISSIONS(Measure.COUNT, LocalizedText.of("Kết nạp trong năm", "Admissions in the year")),
    ADMISSION_RATE(Measure.PERCENT,
            LocalizedText.of("Tỷ lệ kết nạp so với đảng viên cuối năm trước", "Admission rate over the previous year-end")),
    YOUTH_SHARE(Measure.PERCENT, LocalizedText.of("Tỷ lệ đảng viên mới trong độ tuổi thanh niên", "Youth share of admissions")),
    ORGANISATIONS_RATED_GOOD(Measure.PERCENT,
            LocalizedText.of("TCCSĐ hoàn thành tốt nhiệm vụ trở lên", "Grassroots organisations rated good or better")),
    MEMBERS_RATED_GOOD(Measure.PERCENT,
            LocalizedText.of("Đảng viên hoàn thành tốt nhiệm vụ trở lên", "Members rated good or better")),
    MEMBERS_PER_POPULATION(Measure.PERCENT, LocalizedText.of("Tỷ lệ đảng viên so với dân số", "Members per population")),
    PROBATION_ON_TIME(Measure.PERCENT,
            LocalizedText.of("Công nhận đảng viên chính thức đúng hạn", "Probationary members recognised on time")),
    PROBATION_OVERDUE(Measure.COUNT,
            LocalizedText.of("Đảng viên dự bị quá hạn chưa công nhận", "Probationary members overdue"));

    private final Measure measure;
    private final LocalizedText name;

    CommonIndicator(Measure measure, LocalizedText name) {
        this.measure = measure;
        this.name = name;
    }

    public Measure measure() {
        return measure;
    }

    public LocalizedText displayName() {
        return name;
    }
}
