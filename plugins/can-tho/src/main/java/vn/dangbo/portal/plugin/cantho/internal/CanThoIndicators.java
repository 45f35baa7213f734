package vn.dangbo.portal.plugin.cantho.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.program.support.AdmissionCountIndicator;
import vn.dangbo.portal.program.support.AdmissionRateIndicator;
import vn.dangbo.portal.program.support.AreaHeadIndicator;
import vn.dangbo.portal.program.support.AreaPositions;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramSettings;

/** The indicators of the Cần Thơ program (programs.md, "Cần Thơ"), in the order of the page. */
public final class CanThoIndicators {

    static final String RATINGS_SOURCE = "Hàng năm, có trên 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại "
            + "từ hoàn thành tốt nhiệm vụ trở lên.";
    static final String HEADS_SOURCE = "Phấn đấu 100% trưởng ấp, khu vực, trưởng ban công tác Mặt trận là đảng viên. "
            + "(Đến năm 2030:) 100% trưởng ấp, khu vực, trưởng ban công tác Mặt trận là đảng viên.";
    static final String RATE_SOURCE = "Tỷ lệ kết nạp đảng viên mới hàng năm trong giai đoạn 2020 - 2025 phấn đấu đạt "
            + "từ 3 - 4% so với tổng số đảng viên (hàng năm kết nạp từ 1.600 - 2.200 đảng viên).";
    static final String TARGET_1_SOURCE = "(1) Mỗi chi bộ ấp, khu vực bình quân kết nạp được ít nhất một đảng viên và "
            + "giới thiệu, bồi dưỡng cảm tình Đảng ít nhất 01 người lao động có hộ khẩu thường trú trên địa bàn (nếu "
            + "có) trong các đơn vị kinh tế tư nhân nơi chưa có tổ chức đảng;";
    static final String TARGET_2_SOURCE = "(2) Mỗi chi bộ đơn vị kinh tế tư nhân kết nạp ít nhất 01 đảng viên; có từ 50 "
            + "công nhân, lao động trở lên làm việc ổn định kết nạp được ít nhất 02 đảng viên, mỗi đơn vị có thêm 30 "
            + "lao động, kết nạp thêm 01 đảng viên;";
    static final String TARGET_3_SOURCE = "(3) Đơn vị kinh tế tư nhân có từ 50 công nhân, lao động làm việc ổn định trở "
            + "lên thành lập được tổ chức đảng (chi bộ hoặc đảng bộ).";

    private CanThoIndicators() {
    }

    public static List<Indicator> create(ProgramSettings settings) {
        RangePolicy policy = settings.rangePolicy();
        CanThoSettings.Targets2030 targets2030 = settings.get(CanThoSettings.TARGETS_2030,
                CanThoSettings.Targets2030.class);
        int first2030 = targets2030 == CanThoSettings.Targets2030.EVERY_YEAR_2025_2030 ? 2025 : 2030;
        return List.of(
                new RatedOrganisations(definition("CT-ORG-RATING",
                        "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "Grassroots organisations rated good or better",
                        "TCCSĐ xếp loại xuất sắc, tốt trong năm / TCCSĐ được xếp loại trong năm",
                        "grassroots organisations rated excellent or good in Y / grassroots organisations rated in Y",
                        Measure.PERCENT, Target.moreThan("90"), PeriodKind.EVERY_YEAR, 2023, 2030, RATINGS_SOURCE)),
                new RatedMembers(definition("CT-MEM-RATING",
                        "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "Members rated good or better",
                        "Đảng viên xếp loại xuất sắc, tốt trong năm / đảng viên được xếp loại trong năm",
                        "members rated excellent or good in Y / members rated in Y",
                        Measure.PERCENT, Target.moreThan("90"), PeriodKind.EVERY_YEAR, 2023, 2030, RATINGS_SOURCE)),
                new AreaHeadIndicator(definition("CT-HAMLET-HEAD",
                        "Trưởng ấp, khu vực là đảng viên", "Hamlet / area heads who are members",
                        "Ấp, khu vực có trưởng ấp, khu vực là đảng viên ngày 31/12 / tất cả ấp, khu vực (khuyết tính là chưa)",
                        "ấp and khu vực whose head is a member on 31/12 / all ấp and khu vực (a vacant post counts as not)",
                        Measure.PERCENT, Target.full(), PeriodKind.AS_OF_DATE, 2023, 2030, HEADS_SOURCE),
                        PositionKind.AREA_HEAD, HamletBranches.KINDS, AreaPositions.Vacancy.NOT_A_MEMBER, policy),
                new AreaHeadIndicator(definition("CT-FRONT-HEAD",
                        "Trưởng ban công tác Mặt trận là đảng viên", "Front work committee heads who are members",
                        "Ấp, khu vực có trưởng ban công tác Mặt trận là đảng viên ngày 31/12 / tất cả ấp, khu vực",
                        "ấp and khu vực whose Front work committee head is a member on 31/12 / all ấp and khu vực",
                        Measure.PERCENT, Target.full(), PeriodKind.AS_OF_DATE, 2023, 2030, HEADS_SOURCE),
                        PositionKind.FRONT_COMMITTEE_HEAD, HamletBranches.KINDS, AreaPositions.Vacancy.NOT_A_MEMBER,
                        policy),
                new AdmissionRateIndicator(definition("CT-ADMISSION-RATE",
                        "Tỷ lệ kết nạp đảng viên mới hằng năm", "Yearly admission rate",
                        "Kết nạp trong năm / đảng viên cuối năm trước", "admissions in Y / members at the end of Y-1",
                        Measure.PERCENT, Target.between("3", "4"), PeriodKind.EVERY_YEAR, 2020, 2030, RATE_SOURCE),
                        policy),
                new AdmissionCountIndicator(definition("CT-ADMISSION-COUNT",
                        "Số đảng viên kết nạp hằng năm", "Yearly admissions", "Số quyết định kết nạp trong năm",
                        "admissions in Y", Measure.COUNT, Target.between("1600", "2200"), PeriodKind.EVERY_YEAR, 2020,
                        2025, RATE_SOURCE), policy),
                new HamletBranchAdmissions(definition("CT-HAMLET-BRANCH-ADMIT",
                        "Bình quân kết nạp của chi bộ ấp, khu vực", "Admissions per residential branch (2030)",
                        "Kết nạp trong năm của chi bộ ấp, khu vực / số chi bộ ấp, khu vực ngày 31/12",
                        "admissions in Y by branches of ấp and khu vực / number of such branches on 31/12",
                        Measure.AVERAGE, Target.atLeast("1"), PeriodKind.EVERY_YEAR, first2030, 2030,
                        TARGET_1_SOURCE)),
                new HamletBranchReferrals(definition("CT-HAMLET-BRANCH-REFER",
                        "Chi bộ ấp, khu vực giới thiệu người lao động", "Workers referred by residential branches (2030)",
                        "Chi bộ ấp, khu vực đã giới thiệu, bồi dưỡng ít nhất 1 người lao động thuộc diện / chi bộ có "
                                + "người lao động thuộc diện (nếu có)",
                        "branches of ấp and khu vực that introduced and trained at least one such worker / branches "
                                + "that have such workers",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, first2030, 2030, TARGET_1_SOURCE)),
                new PrivateUnitAdmissions(definition("CT-PRIVATE-ADMIT",
                        "Chi bộ đơn vị kinh tế tư nhân kết nạp đủ số", "Admissions by branches in private economic units (2030)",
                        "Đơn vị có tổ chức đảng kết nạp trong năm ≥ số phải kết nạp theo số lao động / đơn vị có tổ chức đảng",
                        "units whose admissions in Y reach required(stable workers) / units with a party organisation",
                        Measure.PERCENT, Target.full(), PeriodKind.EVERY_YEAR, first2030, 2030, TARGET_2_SOURCE),
                        settings.get(CanThoSettings.REQUIRED_STEP, CanThoSettings.RequiredStep.class)),
                new PrivateUnitOrganisations(definition("CT-PRIVATE-ORG",
                        "Đơn vị kinh tế tư nhân từ 50 lao động có tổ chức đảng",
                        "Private economic units of 50+ workers with a party organisation (2030)",
                        "Đơn vị từ 50 lao động ổn định có chi bộ hoặc đảng bộ ngày 31/12 / đơn vị từ 50 lao động",
                        "units with 50 or more stable workers and a branch or đảng bộ on 31/12 / such units",
                        Measure.PERCENT, Target.full(), PeriodKind.AS_OF_DATE, first2030, 2030, TARGET_3_SOURCE)));
    }

    private static IndicatorDefinition definition(String code, String nameVi, String nameEn, String formulaVi,
            String formulaEn, Measure measure, Target target, PeriodKind period, int from, int to, String source) {
        return new IndicatorDefinition(code, LocalizedText.of(nameVi, nameEn), LocalizedText.of(formulaVi, formulaEn),
                measure, target, period, from, to, source);
    }
}
