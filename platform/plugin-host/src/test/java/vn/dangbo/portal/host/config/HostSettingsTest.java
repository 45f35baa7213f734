package vn.dangbo.portal.host.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostSettingsTest {

    @Test
    void defaultsAreSafeAndLiveUnderTheServersDirectories() {
        HostSettings settings = HostSettings.from(Map.of("jboss.server.data.dir", "/srv/data",
                "jboss.server.config.dir", "/srv/config", "jboss.home.dir", "/srv")::get, name -> null);
        assertThat(settings.allowUnsigned()).isFalse();
        assertThat(settings.safeMode()).isFalse();
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.trustStore()).isEqualTo(Path.of("/srv/config/plugin-truststore.p12"));
        assertThat(settings.signerProvinces()).isEqualTo(Path.of("/srv/config/plugin-signers.properties"));
        assertThat(settings.frameworkStorage()).isEqualTo(Path.of("/srv/data/portal-osgi"));
        assertThat(settings.builtInFolder()).isEqualTo(Path.of("/srv/portal-plugins"));
    }

    @Test
    void theEnvironmentSwitchesSafeModeWhenNoPropertyIsSet() {
        HostSettings settings = HostSettings.from(name -> null,
                Map.of("PORTAL_SAFE_MODE", "true", "PORTAL_PLUGINS_CALL_TIMEOUT_MS", "750")::get);
        assertThat(settings.safeMode()).isTrue();
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofMillis(750));
    }
}
