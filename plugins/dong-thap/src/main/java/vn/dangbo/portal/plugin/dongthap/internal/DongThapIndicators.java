package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramSettings;

/** The indicators of the Đồng Tháp program (programs.md, "Đồng Tháp"), in the order of the page. */
public final class DongThapIndicators {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    static final String TRAINING_SOURCE = "Hàng năm, 100% chi ủy chi bộ trực thuộc, đảng ủy bộ phận, đảng ủy cơ sở được "
            + "bồi dưỡng, cập nhật kiến thức về công tác xây dựng Đảng.";
    static final String SECRETARY_SOURCE = "phấn đấu đến năm 2025, tỷ lệ Bí thư chi bộ đồng thời là Trưởng ấp (khóm) "
            + "trong độ tuổi dưới 40 đạt 50%.";
    static final String TASK_SOURCE = "Đổi mới phân công nhiệm vụ đảng viên bảo đảm để mỗi đảng viên trong chi bộ đều "
            + "được phân công nhiệm vụ cụ thể, phù hợp với khả năng, điều kiện, hoàn cảnh và sức khỏe, thực hiện tốt "
            + "Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị.";
    static final String AWAY_SOURCE = "Tình trạng đảng viên đi làm việc xa nơi cư trú xin ra khỏi Đảng có xu hướng tăng, "
            + "nhưng chưa có giải pháp căn cơ tạo điều kiện để đảng viên sinh hoạt, gắn bó với Đảng.";
    static final String PLAN_SOURCE = "Nhiệm kỳ qua, toàn Đảng bộ huyện Cao Lãnh kết nạp được 1.797 đảng viên, đạt "
            + "99,28% so với chỉ tiêu nghị quyết Huyện ủy đề ra";
    static final String POPULATION_SOURCE = "đạt chỉ tiêu \"đến năm 2015 tỷ lệ đảng viên đạt 2,2% so với dân số\"";
    static final String SCREENING_SOURCE = "Các cấp ủy quan tâm tạo nguồn kết nạp đảng viên bảo đảm chất lượng, không "
            + "chạy theo số lượng đơn thuần đi đôi với rà soát, sàng lọc, đưa những đảng viên không còn đủ tư cách ra "
            + "khỏi Đảng.";

    private DongThapIndicators() {
    }

    public static List<Indicator> create(ProgramSettings settings) {
        DongThapSettings.YoungSecretaryBase base = settings.get(DongThapSettings.YOUNG_SECRETARY_BASE,
                DongThapSettings.YoungSecretaryBase.class);
        Target populationTarget = populationTarget(settings);
        return List.of(
                new CommitteeTrainingShare(definition("DT-COMMITTEE-TRAINING", "Cấp ủy được bồi dưỡng, cập nhật kiến thức",
                        "Branch and grassroots committees trained",
                        "Chi ủy chi bộ trực thuộc, đảng ủy bộ phận, đảng ủy cơ sở có mọi cấp ủy viên dự lớp cập nhật "
                                + "trong năm / tất cả các cấp ủy đó ngày 31/12",
                        "committees whose members all attended the yearly update course in Y / all such committees",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, TRAINING_SOURCE)),
                new YoungSecretaries(base == DongThapSettings.YoungSecretaryBase.SECRETARY_HEADS
                        ? definition("DT-YOUNG-SECRETARY", "Bí thư chi bộ kiêm trưởng ấp (khóm) dưới 40 tuổi",
                                "Young secretaries who are also hamlet heads",
                                "Chi bộ ấp (khóm) có bí thư kiêm trưởng ấp dưới 40 tuổi ngày 31/12 / chi bộ có bí thư "
                                        + "kiêm trưởng ấp",
                                "branches whose secretary is also hamlet head and under 40 on 31/12 / branches whose "
                                        + "secretary is also hamlet head",
                                Measure.PERCENT, Target.atLeast("50"), PeriodKind.EVERY_YEAR, SECRETARY_SOURCE)
                        : definition("DT-YOUNG-SECRETARY", "Bí thư chi bộ kiêm trưởng ấp (khóm) dưới 40 tuổi",
                                "Young secretaries who are also hamlet heads",
                                "Chi bộ ấp (khóm) có bí thư kiêm trưởng ấp dưới 40 tuổi ngày 31/12 / tất cả chi bộ ấp "
                                        + "(khóm)",
                                "branches whose secretary is also hamlet head and under 40 on 31/12 / all branches "
                                        + "of ấp and khóm",
                                Measure.PERCENT, Target.atLeast("50"), PeriodKind.EVERY_YEAR, SECRETARY_SOURCE), base),
                new TaskAssignment(definition("DT-TASK-ASSIGNED", "Đảng viên được phân công nhiệm vụ",
                        "Members with an assigned task",
                        "Đảng viên ngày 31/12 có phân công nhiệm vụ của năm / đảng viên ngày 31/12",
                        "members on 31/12 with a task assignment for Y / members on 31/12",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, TASK_SOURCE)),
                new AwayMembersTrend(definition("DT-AWAY-MEMBERS", "Đảng viên đi làm ăn xa xin ra khỏi Đảng",
                        "Members working away from residence",
                        "Số đảng viên đi làm ăn xa trong năm và số đơn xin ra khỏi Đảng của họ trong năm (phải giảm)",
                        "members flagged as working away in Y, and their requests to leave filed in Y (trend down)",
                        Measure.COUNT, new Target.TrendDown(), PeriodKind.EVERY_YEAR, AWAY_SOURCE)),
                new PlanAchievement(definition("DT-PLAN-ACHIEVEMENT", "Kết nạp so với chỉ tiêu",
                        "Admissions against the plan",
                        "Kết nạp trong năm của các đảng bộ được giao chỉ tiêu / tổng chỉ tiêu của năm",
                        "admissions in Y by the committees with a quota for Y / the sum of those quotas",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, PLAN_SOURCE)),
                new PopulationRatio(definition("DT-POPULATION-RATIO", "Tỷ lệ đảng viên so với dân số",
                        "Members as a share of population", "Đảng viên ngày 31/12 / dân số của năm",
                        "members on 31/12 / the year's population", Measure.PERCENT, populationTarget,
                        PeriodKind.AS_OF_DATE, POPULATION_SOURCE), populationTarget),
                new Screening(definition("DT-SCREENING", "Đưa đảng viên không đủ tư cách ra khỏi Đảng",
                        "Members removed after screening",
                        "Xóa tên, khai trừ, cho ra khỏi Đảng trong năm", "removals, expulsions and leaving at own "
                                + "request dated in Y", Measure.COUNT, new Target.Tracked(), PeriodKind.EVERY_YEAR,
                        SCREENING_SOURCE)));
    }

    /** ≥ 2.2 % by default; tracked under the other setting. */
    public static Target populationTarget(ProgramSettings settings) {
        return DongThapSettings.TARGET_NONE.equals(settings.get(DongThapSettings.POPULATION_TARGET))
                ? new Target.Tracked()
                : Target.atLeast(settings.get(DongThapSettings.POPULATION_TARGET));
    }

    private static IndicatorDefinition definition(String code, String nameVi, String nameEn, String formulaVi,
            String formulaEn, Measure measure, Target target, PeriodKind period, String source) {
        return new IndicatorDefinition(code, LocalizedText.of(nameVi, nameEn), LocalizedText.of(formulaVi, formulaEn),
                measure, target, period, FIRST_YEAR, LAST_YEAR, source);
    }
}
