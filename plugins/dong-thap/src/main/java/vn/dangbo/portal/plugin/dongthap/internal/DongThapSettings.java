package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.SettingDefinition;
import vn.dangbo.portal.api.program.SettingDefinition.Option;
import vn.dangbo.portal.program.support.CommonSettings;

/** The settings of the Đồng Tháp program: the DT-YOUNG-SECRETARY reading, the population target, the territory. */
public final class DongThapSettings {

    /** Reading of "tỷ lệ Bí thư chi bộ đồng thời là Trưởng ấp (khóm) trong độ tuổi dưới 40 đạt 50%". */
    public static final String YOUNG_SECRETARY_BASE = "young.secretary.base";
    /** The DT-POPULATION-RATIO target: 2.2 % (Cao Lãnh, the only figure in the sources) or none. */
    public static final String POPULATION_TARGET = "population.target";

    /** Over what the share of young secretary-heads is taken. */
    public enum YoungSecretaryBase {
        /** Among secretaries who are also hamlet heads, the share under 40. */
        SECRETARY_HEADS,
        /** Among all residential branches of ấp and khóm, those whose secretary is also head and under 40. */
        ALL_BRANCHES
    }

    /** The population-ratio target values offered. */
    public static final String TARGET_2_2 = "2.2";
    public static final String TARGET_NONE = "TRACKED";

    private DongThapSettings() {
    }

    public static List<SettingDefinition> all() {
        return List.of(
                new SettingDefinition(YOUNG_SECRETARY_BASE,
                        LocalizedText.of("Tỷ lệ bí thư kiêm trưởng ấp (khóm) dưới 40 tuổi tính trên",
                                "Share of secretary-heads under 40 taken over"),
                        LocalizedText.of("Mặc định: trong số bí thư chi bộ đồng thời là trưởng ấp (khóm), tỷ lệ người "
                                + "dưới 40 tuổi. Cách đọc khác: trong tất cả chi bộ ấp (khóm), tỷ lệ chi bộ có bí thư "
                                + "đồng thời là trưởng ấp (khóm) và dưới 40 tuổi.",
                                "Default: among secretaries who are also hamlet heads, the share under 40. Other "
                                        + "reading: among all branches of ấp and khóm, the share whose secretary is also "
                                        + "head and under 40."),
                        List.of(new Option(YoungSecretaryBase.SECRETARY_HEADS.name(),
                                        LocalizedText.of("Bí thư đồng thời là trưởng ấp (khóm)",
                                                "Secretaries who are also heads")),
                                new Option(YoungSecretaryBase.ALL_BRANCHES.name(),
                                        LocalizedText.of("Tất cả chi bộ ấp (khóm)", "All branches of ấp and khóm"))),
                        YoungSecretaryBase.SECRETARY_HEADS.name()),
                new SettingDefinition(POPULATION_TARGET,
                        LocalizedText.of("Chỉ tiêu tỷ lệ đảng viên so với dân số", "Target of members per population"),
                        LocalizedText.of("Mặc định: ≥ 2,2 % (chỉ tiêu của Đảng bộ huyện Cao Lãnh đến năm 2015, con số "
                                + "duy nhất trong nguồn). Cách khác: chỉ theo dõi, không có chỉ tiêu.",
                                "Default: ≥ 2.2 % (the Cao Lãnh district target for 2015, the only figure in the "
                                        + "sources). Other: tracked without a target."),
                        List.of(new Option(TARGET_2_2, LocalizedText.of("≥ 2,2 %", "≥ 2.2 %")),
                                new Option(TARGET_NONE, LocalizedText.of("Theo dõi", "Tracked"))),
                        TARGET_2_2),
                CommonSettings.territoryMode());
    }
}
