package vn.dangbo.portal.program.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.api.program.SettingDefinition;

class ProgramSettingsTest {

    private static final List<SettingDefinition> COMMON = List.of(CommonSettings.territoryMode(),
            CommonSettings.rangePolicy());

    @Test
    void missingOrBlankValuesTakeTheDefaults() {
        ProgramSettings settings = ProgramSettings.from("pid", COMMON, Map.of("range.policy", " "));
        assertThat(settings.rangePolicy()).isEqualTo(RangePolicy.ABOVE_IS_EXCEEDED);
        assertThat(settings.territory("x")).isEqualTo(Territory.formerProvince("x"));
        assertThat(settings.readings()).allMatch(Reading::isDefault);
    }

    @Test
    void configuredValuesAreInForceAndShownAsNotDefault() {
        ProgramSettings settings = ProgramSettings.from("pid", COMMON,
                Map.of("range.policy", "ONLY_INSIDE", "territory.mode", "MERGED_PROVINCE", "unrelated", 1));
        assertThat(settings.rangePolicy()).isEqualTo(RangePolicy.ONLY_INSIDE);
        assertThat(settings.territory("x").mode()).isEqualTo(Territory.Mode.MERGED_PROVINCE);
        assertThat(settings.readings()).noneMatch(Reading::isDefault);
        assertThat(settings.readings().get(1).valueLabel().en()).isEqualTo("Met only inside the range");
    }

    @Test
    void aValueOutsideTheOptionsIsRefusedWithWhereAndWhat() {
        assertThatThrownBy(() -> ProgramSettings.from("vn.dangbo.portal.program.x", COMMON,
                Map.of("territory.mode", "EVERYWHERE")))
                .hasMessageContaining("vn.dangbo.portal.program.x").hasMessageContaining("territory.mode")
                .hasMessageContaining("EVERYWHERE").hasMessageContaining("[FORMER_PROVINCE, MERGED_PROVINCE]");
    }

    @Test
    void withoutTheCommonSettingsThePortalDefaultsApply() {
        ProgramSettings settings = ProgramSettings.defaults("pid", List.of());
        assertThat(settings.rangePolicy()).isEqualTo(RangePolicy.ABOVE_IS_EXCEEDED);
        assertThat(settings.territory("x")).isEqualTo(Territory.formerProvince("x"));
        assertThatThrownBy(() -> settings.get("nope")).hasMessageContaining("nope");
    }

    @Test
    void tallyRowsListFailingItemsFirstInVietnameseOrder() {
        Tally<String> tally = Tally.of(List.of("Khu vực 2", "Ấp 3", "Ấp 1 ✓"), s -> s.endsWith("✓"));
        assertThat(tally.numerator()).isEqualTo(1);
        assertThat(tally.denominator()).isEqualTo(3);
        assertThat(tally.rows(s -> null, s -> s, s -> null)).extracting(r -> r.label())
                .containsExactly("Ấp 3", "Khu vực 2", "Ấp 1 ✓");
    }
}
