package vn.dangbo.portal.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.bulkload.BulkLoad;

class DemoSettingsTest {

    private static DemoSettings read(Map<String, String> properties, Map<String, String> environment) {
        return DemoSettings.read(properties::get, environment::get);
    }

    @Test
    void offUnlessAskedFor() {
        DemoSettings settings = read(Map.of(), Map.of());
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.scale()).isEqualTo(DemoSettings.DEFAULT_SCALE);
        assertThat(settings.seed()).isEqualTo(BulkLoad.DEFAULT_SEED);
        assertThat(read(Map.of(), Map.of("PORTAL_DEMO", "false")).enabled()).isFalse();
        assertThat(read(Map.of(), Map.of("PORTAL_DEMO", "yes please")).enabled()).isFalse();
    }

    @Test
    void demoDataCanBeLeftOutWhileDemoModeIsOn() {
        assertThat(read(Map.of("portal.demo.data", "false"), Map.of("PORTAL_DEMO", "true")).enabled()).isFalse();
        assertThat(read(Map.of(), Map.of("PORTAL_DEMO", "true", "PORTAL_DEMO_DATA", "true")).enabled()).isTrue();
    }

    @Test
    void environmentTurnsItOnAndSetsTheScale() {
        DemoSettings settings = read(Map.of(), Map.of("PORTAL_DEMO", "TRUE", "PORTAL_DEMO_SCALE", "0.002"));
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.scale()).isEqualTo(0.002);
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        DemoSettings settings = read(Map.of("portal.demo", "false", "portal.demo.seed", "7"),
                Map.of("PORTAL_DEMO", "true", "PORTAL_DEMO_SEED", "8"));
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.seed()).isEqualTo(7);
    }

    @Test
    void aBadScaleSaysWhichSetting() {
        assertThatThrownBy(() -> read(Map.of(), Map.of("PORTAL_DEMO_SCALE", "lots")))
                .hasMessageContaining("PORTAL_DEMO_SCALE");
        assertThatThrownBy(() -> read(Map.of(), Map.of("PORTAL_DEMO_SCALE", "5")))
                .hasMessageContaining("PORTAL_DEMO_SCALE");
    }
}
