package vn.dangbo.portal.plugin.cantho.internal;

import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.SettingDefinition;
import vn.dangbo.portal.api.program.SettingDefinition.Option;
import vn.dangbo.portal.program.support.CommonSettings;

/** The settings of the Cần Thơ program: the two "Readings" of programs.md plus territory and range policy. */
public final class CanThoSettings {

    /** Reading of required(workers): how the extra admissions above 50 workers are counted. */
    public static final String REQUIRED_STEP = "required.admissions.step";
    /** Reading of the 2030 targets (1)-(3): yearly from 2025, or only in 2030. */
    public static final String TARGETS_2030 = "targets2030.period";

    /** How "mỗi đơn vị có thêm 30 lao động, kết nạp thêm 01 đảng viên" is counted. */
    public enum RequiredStep {
        /** One more admission for every full 30 workers above 50 (80 → 3, 110 → 4). */
        FULL_30,
        /** One more admission for every 30 workers above 50 begun (51 → 3, 81 → 4). */
        STARTED_30
    }

    /** When the targets (1)-(3) "Đến năm 2030 … hằng năm" apply. */
    public enum Targets2030 {
        /** Every year from 2025 to 2030. */
        EVERY_YEAR_2025_2030,
        /** Only in 2030; earlier years are computed and flagged outside the period. */
        YEAR_2030_ONLY
    }

    private CanThoSettings() {
    }

    public static List<SettingDefinition> all() {
        return List.of(
                new SettingDefinition(REQUIRED_STEP,
                        LocalizedText.of("Số đảng viên chi bộ đơn vị kinh tế tư nhân phải kết nạp",
                                "Admissions required of a private-unit branch"),
                        LocalizedText.of("Mặc định: 1 khi dưới 50 lao động; 2 khi có 50; thêm 1 cho mỗi 30 lao động "
                                + "đủ trên 50 (80 → 3, 110 → 4). Cách đọc khác: thêm 1 cho mỗi nhóm 30 lao động "
                                + "bắt đầu trên 50 (51 → 3, 81 → 4).",
                                "Default: 1 below 50 workers; 2 at 50; one more for every full 30 workers above 50 "
                                        + "(80 → 3, 110 → 4). Other reading: one more for every 30 above 50 begun "
                                        + "(51 → 3, 81 → 4)."),
                        List.of(new Option(RequiredStep.FULL_30.name(),
                                        LocalizedText.of("Đủ mỗi 30 lao động", "Every full 30 workers")),
                                new Option(RequiredStep.STARTED_30.name(),
                                        LocalizedText.of("Mỗi 30 lao động bắt đầu", "Every 30 workers begun"))),
                        RequiredStep.FULL_30.name()),
                new SettingDefinition(TARGETS_2030,
                        LocalizedText.of("Thời hạn các chỉ tiêu (1)-(3) đến năm 2030",
                                "When the 2030 targets (1)-(3) apply"),
                        LocalizedText.of("Mặc định: \"Đến năm 2030: Hằng năm …\" nên áp dụng hằng năm 2025-2030. "
                                + "Cách đọc khác: chỉ đánh giá vào năm 2030.",
                                "Default: they sit under \"Đến năm 2030: Hằng năm …\", so they apply every year "
                                        + "2025-2030. Other reading: judged in 2030 only."),
                        List.of(new Option(Targets2030.EVERY_YEAR_2025_2030.name(),
                                        LocalizedText.of("Hằng năm 2025-2030", "Every year 2025-2030")),
                                new Option(Targets2030.YEAR_2030_ONLY.name(),
                                        LocalizedText.of("Chỉ năm 2030", "In 2030 only"))),
                        Targets2030.EVERY_YEAR_2025_2030.name()),
                CommonSettings.territoryMode(),
                CommonSettings.rangePolicy());
    }
}
