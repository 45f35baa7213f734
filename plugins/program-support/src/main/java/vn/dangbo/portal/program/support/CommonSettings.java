package vn.dangbo.portal.program.support;

import java.util.List;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.SettingDefinition;
import vn.dangbo.portal.api.program.SettingDefinition.Option;

/** The settings programs.md offers every program: the territory counted and how a range is judged. */
public final class CommonSettings {

    /** Configuration key of the territory mode. */
    public static final String TERRITORY_MODE = "territory.mode";
    /** Configuration key of the range policy. */
    public static final String RANGE_POLICY = "range.policy";

    private CommonSettings() {
    }

    public static SettingDefinition territoryMode() {
        return new SettingDefinition(TERRITORY_MODE,
                LocalizedText.of("Địa bàn tính chỉ tiêu", "Territory counted"),
                LocalizedText.of("Mặc định: địa bàn tỉnh cũ trước ngày 01/7/2025, trước và sau sáp nhập. "
                        + "Cách đọc khác: tỉnh mới sau sáp nhập như đứng vào ngày 31/12 của năm.",
                        "Default: the province's own former territory (before 1/7/2025), before and after the "
                                + "merger. Other reading: the merged province as it stands on 31/12 of the year."),
                List.of(new Option(Territory.Mode.FORMER_PROVINCE.name(),
                                LocalizedText.of("Địa bàn tỉnh cũ", "Former province")),
                        new Option(Territory.Mode.MERGED_PROVINCE.name(),
                                LocalizedText.of("Tỉnh sau sáp nhập", "Merged province"))),
                Territory.Mode.FORMER_PROVINCE.name());
    }

    public static SettingDefinition rangePolicy() {
        return new SettingDefinition(RANGE_POLICY,
                LocalizedText.of("Chỉ tiêu dạng khoảng", "Targets given as a range"),
                LocalizedText.of("Mặc định: đạt từ mức thấp trở lên, vượt mức cao thì đạt và ghi \"vượt\". "
                        + "Cách đọc khác: chỉ đạt khi nằm trong khoảng.",
                        "Default: met from the low end up; above the range met and marked exceeded. "
                                + "Other reading: met only inside the range."),
                List.of(new Option(RangePolicy.ABOVE_IS_EXCEEDED.name(),
                                LocalizedText.of("Vượt khoảng vẫn đạt (ghi vượt)", "Above the range is met (exceeded)")),
                        new Option(RangePolicy.ONLY_INSIDE.name(),
                                LocalizedText.of("Chỉ đạt trong khoảng", "Met only inside the range"))),
                RangePolicy.ABOVE_IS_EXCEEDED.name());
    }
}
