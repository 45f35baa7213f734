package vn.dangbo.portal.host.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarmUpSettingsTest {

    @Test
    void onByDefaultAfterOneAndAHalfQuietSeconds() {
        WarmUpSettings settings = WarmUpSettings.of(Optional.empty(), Optional.empty());
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.quiet()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void offOnlyWhenClearlySaid() {
        for (String off : new String[] {"false", "FALSE", "0", "no", "off"}) {
            assertThat(WarmUpSettings.of(Optional.of(off), Optional.empty()).enabled()).as(off).isFalse();
        }
        assertThat(WarmUpSettings.of(Optional.of("true"), Optional.empty()).enabled()).isTrue();
    }

    @Test
    void theDelayIsInMillisecondsAndANonsenseValueGivesTheDefault() {
        assertThat(WarmUpSettings.of(Optional.empty(), Optional.of("200")).quiet()).isEqualTo(Duration.ofMillis(200));
        assertThat(WarmUpSettings.of(Optional.empty(), Optional.of("soon")).quiet()).isEqualTo(Duration.ofMillis(1500));
        assertThat(WarmUpSettings.of(Optional.empty(), Optional.of("-5")).quiet()).isEqualTo(Duration.ofMillis(1500));
    }
}
