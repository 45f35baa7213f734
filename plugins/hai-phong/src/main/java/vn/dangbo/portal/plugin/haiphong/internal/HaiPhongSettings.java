package vn.dangbo.portal.plugin.haiphong.internal;

import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.SettingDefinition;
import vn.dangbo.portal.api.program.SettingDefinition.Option;
import vn.dangbo.portal.program.support.CommonSettings;

/** The settings of the Hải Phòng program: its two "Readings" plus territory and range policy. */
public final class HaiPhongSettings {

    /** Reading of "trên 20% đảng viên là người lao động trong các doanh nghiệp". */
    public static final String WORKER_SHARE_BASE = "worker.share.base";
    /** Reading of "kết nạp 15-20 người có đạo". */
    public static final String RELIGIOUS_PERIOD = "religious.period";

    /** Whose share HP-WORKER-SHARE is. */
    public enum WorkerShareBase {
        /** Among the new members of the year (the sentence sits in the list about new members). */
        NEW_MEMBERS,
        /** Among all members on 31/12 of the year. */
        ALL_MEMBERS
    }

    /** Over which period HP-RELIGIOUS counts 15-20 admissions. */
    public enum ReligiousPeriod {
        /** Every year. */
        YEARLY,
        /** Once over the whole period 2023-2030 (admissions from 2023 to the year, cumulative). */
        WHOLE_PERIOD
    }

    private HaiPhongSettings() {
    }

    public static List<SettingDefinition> all() {
        return List.of(
                new SettingDefinition(WORKER_SHARE_BASE,
                        LocalizedText.of("Tỷ lệ người lao động trong doanh nghiệp tính trên", "Enterprise-worker share of"),
                        LocalizedText.of("Mặc định: câu \"trên 20% đảng viên là người lao động trong các doanh nghiệp\" "
                                + "nằm trong danh sách về đảng viên mới nên tính trên đảng viên mới kết nạp trong năm. "
                                + "Cách đọc khác: tính trên tổng số đảng viên ngày 31/12.",
                                "Default: the sentence sits in the list about new members, so it is a share of the "
                                        + "year's new members. Other reading: a share of all members on 31/12."),
                        List.of(new Option(WorkerShareBase.NEW_MEMBERS.name(),
                                        LocalizedText.of("Đảng viên mới kết nạp", "New members")),
                                new Option(WorkerShareBase.ALL_MEMBERS.name(),
                                        LocalizedText.of("Tổng số đảng viên", "All members"))),
                        WorkerShareBase.NEW_MEMBERS.name()),
                new SettingDefinition(RELIGIOUS_PERIOD,
                        LocalizedText.of("Chỉ tiêu kết nạp 15-20 người có đạo", "The 15-20 religious admissions target"),
                        LocalizedText.of("Mặc định: mỗi năm. Cách đọc khác: cả giai đoạn 2023-2030 (cộng dồn từ 2023).",
                                "Default: every year. Other reading: over the whole period 2023-2030 (cumulative "
                                        + "from 2023)."),
                        List.of(new Option(ReligiousPeriod.YEARLY.name(), LocalizedText.of("Mỗi năm", "Every year")),
                                new Option(ReligiousPeriod.WHOLE_PERIOD.name(),
                                        LocalizedText.of("Cả giai đoạn 2023-2030", "Whole period 2023-2030"))),
                        ReligiousPeriod.YEARLY.name()),
                CommonSettings.territoryMode(),
                CommonSettings.rangePolicy());
    }
}
