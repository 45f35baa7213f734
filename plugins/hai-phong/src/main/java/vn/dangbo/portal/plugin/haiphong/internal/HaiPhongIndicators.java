package vn.dangbo.portal.plugin.haiphong.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.program.support.AdmissionRateIndicator;
import vn.dangbo.portal.program.support.CommitteePlanIndicator;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramSettings;

/** The indicators of the Hải Phòng program (programs.md, "Hải Phòng"), in the order of the page. */
public final class HaiPhongIndicators {

    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2030;

    static final String RATE_SOURCE = "nâng cao chất lượng và bảo đảm tỷ lệ phát triển đảng viên mới hằng năm đạt 3-4% "
            + "tổng số đảng viên của năm trước liền kề";
    static final String PLAN_SOURCE = "100% đảng bộ trực thuộc Thành uỷ xây dựng kế hoạch phát triển đảng viên mới, bảo "
            + "đảm chỉ tiêu kết nạp đảng viên được giao";
    static final String STUDENT_SOURCE = "trên 15% đảng viên mới là học sinh, sinh viên";
    static final String WORKER_SOURCE = "trên 20% đảng viên là người lao động trong các doanh nghiệp";
    static final String RELIGIOUS_SOURCE = "kết nạp 15-20 người có đạo vào Đảng";
    static final String HANDOVER_SOURCE = "100% quần chúng đã được cấp giấy chứng nhận bồi dưỡng nhận thức về Đảng (nếu "
            + "chưa được kết nạp mà chuyển đi nơi khác) sẽ được tổ chức đảng nơi chuyển đi thông báo về địa phương nơi cư "
            + "trú hoặc tổ chức đảng nơi chuyển đến để tiếp tục theo dõi, giúp đỡ vào Đảng";

    private HaiPhongIndicators() {
    }

    public static List<Indicator> create(ProgramSettings settings) {
        RangePolicy policy = settings.rangePolicy();
        boolean allMembers = settings.get(HaiPhongSettings.WORKER_SHARE_BASE,
                HaiPhongSettings.WorkerShareBase.class) == HaiPhongSettings.WorkerShareBase.ALL_MEMBERS;
        boolean wholePeriod = settings.get(HaiPhongSettings.RELIGIOUS_PERIOD,
                HaiPhongSettings.ReligiousPeriod.class) == HaiPhongSettings.ReligiousPeriod.WHOLE_PERIOD;
        return List.of(
                new AdmissionRateIndicator(definition("HP-ADMISSION-RATE", "Tỷ lệ kết nạp đảng viên mới hằng năm",
                        "Yearly admission rate", "Kết nạp trong năm / tổng số đảng viên cuối năm trước liền kề",
                        "admissions in Y / members at the end of Y-1", Measure.PERCENT, Target.between("3", "4"),
                        PeriodKind.EVERY_YEAR, RATE_SOURCE), policy),
                new CommitteePlanIndicator(definition("HP-COMMITTEE-PLAN", "Đảng bộ trực thuộc có kế hoạch phát triển đảng viên",
                        "Committees with an admission plan",
                        "Đảng bộ trực thuộc Thành ủy có kế hoạch của năm / tất cả đảng bộ trực thuộc ngày 31/12",
                        "committees directly under the city committee with a plan for Y / all of them on 31/12",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, PLAN_SOURCE),
                        CommitteePlan::yearPlan, policy),
                new QuotaMet(definition("HP-QUOTA-MET", "Đảng bộ trực thuộc đạt chỉ tiêu kết nạp được giao",
                        "Committees that met their quota",
                        "Đảng bộ có kết nạp trong năm ≥ chỉ tiêu được giao / đảng bộ được giao chỉ tiêu",
                        "committees whose admissions in Y reach their quota / committees with a quota",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, PLAN_SOURCE)),
                new OccupationShare(definition("HP-STUDENT-SHARE", "Học sinh, sinh viên trong số đảng viên mới",
                        "Students among new members",
                        "Đảng viên mới là học sinh, sinh viên khi kết nạp / số kết nạp trong năm",
                        "new members who were pupils or students when admitted / admissions in Y",
                        Measure.PERCENT, Target.moreThan("15"), PeriodKind.EVERY_YEAR, STUDENT_SOURCE),
                        Occupation::isPupilOrStudent, false),
                new OccupationShare(allMembers
                        ? definition("HP-WORKER-SHARE", "Người lao động trong doanh nghiệp trong tổng số đảng viên",
                                "Enterprise workers among all members",
                                "Đảng viên là người lao động trong doanh nghiệp ngày 31/12 / tổng số đảng viên ngày 31/12",
                                "members working in enterprises on 31/12 / all members on 31/12",
                                Measure.PERCENT, Target.moreThan("20"), PeriodKind.AS_OF_DATE, WORKER_SOURCE)
                        : definition("HP-WORKER-SHARE", "Người lao động trong doanh nghiệp trong số đảng viên mới",
                                "Enterprise workers among new members",
                                "Đảng viên mới là người lao động trong doanh nghiệp khi kết nạp / số kết nạp trong năm",
                                "new members who were enterprise workers when admitted / admissions in Y",
                                Measure.PERCENT, Target.moreThan("20"), PeriodKind.EVERY_YEAR, WORKER_SOURCE),
                        Occupation::isEnterpriseWorker, allMembers),
                new ReligiousAdmissions(definition("HP-RELIGIOUS", "Kết nạp người có đạo", "Religious followers admitted",
                        wholePeriod ? "Số người có đạo được kết nạp từ 2023 đến hết năm" : "Số người có đạo được kết nạp trong năm",
                        wholePeriod ? "admissions of people with a religion from 2023 to the end of Y"
                                : "admissions in Y of people with a religion",
                        Measure.COUNT, Target.between("15", "20"),
                        wholePeriod ? PeriodKind.CUMULATIVE : PeriodKind.EVERY_YEAR, RELIGIOUS_SOURCE),
                        wholePeriod, policy),
                new CandidateHandover(definition("HP-CANDIDATE-HANDOVER",
                        "Bàn giao quần chúng đã học lớp nhận thức về Đảng khi chuyển đi",
                        "Hand-over of trained candidates who moved",
                        "Quần chúng có giấy chứng nhận, chưa kết nạp, chuyển đi trong năm được nơi đi thông báo / tất cả "
                                + "trường hợp chuyển đi như vậy",
                        "moves in Y of certified, not admitted candidates that the origin notified / all such moves",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, HANDOVER_SOURCE)));
    }

    private static IndicatorDefinition definition(String code, String nameVi, String nameEn, String formulaVi,
            String formulaEn, Measure measure, Target target, PeriodKind period, String source) {
        return new IndicatorDefinition(code, LocalizedText.of(nameVi, nameEn), LocalizedText.of(formulaVi, formulaEn),
                measure, target, period, FIRST_YEAR, LAST_YEAR, source);
    }
}
