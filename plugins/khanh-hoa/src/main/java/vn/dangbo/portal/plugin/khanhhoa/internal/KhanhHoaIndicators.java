package vn.dangbo.portal.plugin.khanhhoa.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.program.support.AdmissionCountIndicator;
import vn.dangbo.portal.program.support.AreaHeadIndicator;
import vn.dangbo.portal.program.support.AreaPositions;
import vn.dangbo.portal.program.support.CommitteePlanIndicator;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramSettings;

/** The indicators of the Khánh Hòa directive (programs.md, "Khánh Hòa"), in the order of the page. */
public final class KhanhHoaIndicators {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    static final String BASELINE_SOURCE = "toàn Đảng bộ tỉnh đã kết nạp được 9.351 đảng viên, nâng tổng số đảng viên "
            + "toàn Đảng bộ tỉnh lên 44.216; bình quân hàng năm kết nạp 1.870 đảng viên, trong đó đảng viên được kết nạp "
            + "trong độ tuổi thanh niên đạt tỷ lệ 60,44%; 100% thôn, tổ dân phố trên địa bàn tỉnh có chi bộ độc lập";
    static final String PRIVATE_SOURCE = "vẫn còn trường học tư thục, đơn vị kinh tế tư nhân chưa có đảng viên, chưa có "
            + "tổ chức đảng";
    static final String DIRECTIVE_SOURCE = "Chỉ thị về công tác phát triển đảng viên, giai đoạn 2021 - 2025 "
            + "(\"đạt và phấn đấu cao hơn nhiệm kỳ trước\")";

    private KhanhHoaIndicators() {
    }

    public static List<Indicator> create(ProgramSettings settings) {
        RangePolicy policy = settings.rangePolicy();
        return List.of(
                new AdmissionCountIndicator(definition("KH-ADMISSION-COUNT", "Số đảng viên kết nạp hằng năm",
                        "Yearly admissions", "Số quyết định kết nạp trong năm", "admissions in Y", Measure.COUNT,
                        Target.atLeast("1870"), PeriodKind.EVERY_YEAR, BASELINE_SOURCE), policy),
                new TermAdmissions(definition("KH-TERM-ADMISSIONS", "Kết nạp trong nhiệm kỳ 2021-2025",
                        "Admissions in the term",
                        "Kết nạp từ 01/01/2021 đến hết năm so với tiến độ bình quân 9.351 × (năm − 2020) / 5",
                        "admissions from 1/1/2021 to the end of Y against the pace 9,351 × (Y − 2020) / 5",
                        Measure.COUNT, Target.atLeast("9351"), PeriodKind.CUMULATIVE, BASELINE_SOURCE)),
                new YouthShare(definition("KH-YOUTH-SHARE", "Đảng viên mới trong độ tuổi thanh niên",
                        "Youth among new members",
                        "Đảng viên mới từ đủ 18 đến 30 tuổi 11 tháng khi kết nạp / số kết nạp trong năm",
                        "new members aged 18y0m to 30y11m at admission / admissions in Y",
                        Measure.PERCENT, Target.atLeast("60.44"), PeriodKind.EVERY_YEAR, BASELINE_SOURCE)),
                new IndependentBranches(definition("KH-INDEPENDENT-BRANCH", "Thôn, tổ dân phố có chi bộ độc lập",
                        "Villages and street groups with their own branch",
                        "Thôn, tổ dân phố có chi bộ riêng ngày 31/12 / tất cả thôn, tổ dân phố",
                        "thôn and tổ dân phố served by a branch of their own on 31/12 / all of them",
                        Measure.PERCENT, Target.full(), PeriodKind.AS_OF_DATE, BASELINE_SOURCE)),
                new PrivateCoverage(definition("KH-PRIVATE-COVERAGE",
                        "Trường tư thục, đơn vị kinh tế tư nhân có đảng viên / có tổ chức đảng",
                        "Private schools and private economic units with members / with a party organisation",
                        "Hai tỷ lệ trên tổng số trường tư thục và đơn vị kinh tế tư nhân ngày 31/12; mỗi tỷ lệ phải tăng",
                        "two shares of all private schools and private economic units on 31/12; each must rise",
                        Measure.PERCENT, new Target.Rising(), PeriodKind.AS_OF_DATE, PRIVATE_SOURCE)),
                new AreaHeadIndicator(definition("KH-VILLAGE-HEAD", "Trưởng thôn, tổ trưởng tổ dân phố là đảng viên",
                        "Village and street-group heads who are members",
                        "Trưởng thôn, tổ trưởng tổ dân phố là đảng viên ngày 31/12 / số trưởng thôn, tổ trưởng (không "
                                + "tính chức danh khuyết)",
                        "heads who are members on 31/12 / all heads (vacant posts left out)",
                        Measure.PERCENT, new Target.Rising(), PeriodKind.AS_OF_DATE, DIRECTIVE_SOURCE),
                        PositionKind.AREA_HEAD, IndependentBranches.KINDS, AreaPositions.Vacancy.LEFT_OUT, policy),
                new CommitteePlanIndicator(definition("KH-COMMITTEE-PLAN",
                        "Đảng bộ trực thuộc có kế hoạch phát triển đảng viên nhiệm kỳ",
                        "Committees with a 2021-2025 plan",
                        "Đảng bộ trực thuộc Tỉnh ủy có kế hoạch nhiệm kỳ bao gồm năm / tất cả đảng bộ trực thuộc",
                        "committees directly under the provincial committee with a term plan including Y / all of them",
                        Measure.PERCENT, Target.full(), PeriodKind.ONCE_FOR_TERM, DIRECTIVE_SOURCE),
                        p -> !p.termPlans().isEmpty(), policy));
    }

    private static IndicatorDefinition definition(String code, String nameVi, String nameEn, String formulaVi,
            String formulaEn, Measure measure, Target target, PeriodKind period, String source) {
        return new IndicatorDefinition(code, LocalizedText.of(nameVi, nameEn), LocalizedText.of(formulaVi, formulaEn),
                measure, target, period, FIRST_YEAR, LAST_YEAR, source);
    }
}
