package vn.dangbo.portal.core.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final ThrottlePolicy USER = new ThrottlePolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofHours(1));
    private static final ThrottlePolicy ADDRESS = new ThrottlePolicy(5, Duration.ofSeconds(20), Duration.ofMinutes(5), Duration.ofHours(1));

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(USER, ADDRESS, clock);

    @Test
    void theLockDoublesAndIsCapped() {
        assertThat(USER.lockAfter(2)).isZero();
        assertThat(USER.lockAfter(3)).hasSeconds(10);
        assertThat(USER.lockAfter(4)).hasSeconds(20);
        assertThat(USER.lockAfter(5)).hasSeconds(40);
        assertThat(USER.lockAfter(6)).hasSeconds(60);
        assertThat(USER.lockAfter(1000)).hasSeconds(60);
    }

    @Test
    void aUsernameIsLockedAfterTooManyFailuresFromAnyAddress() {
        throttle.failed("cantho", "10.0.0.1");
        throttle.failed("CanTho", "10.0.0.2");
        assertThat(throttle.waitBefore("cantho", "10.0.0.9")).isEmpty();
        throttle.failed("cantho", "10.0.0.3");
        assertThat(throttle.waitBefore("cantho", "10.0.0.9")).contains(Duration.ofSeconds(10));
        assertThat(throttle.waitBefore("haiphong", "10.0.0.9")).isEmpty();
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitBefore("cantho", "10.0.0.9")).contains(Duration.ofSeconds(6));
        clock.advance(Duration.ofSeconds(6));
        assertThat(throttle.waitBefore("cantho", "10.0.0.9")).isEmpty();
        throttle.failed("cantho", "10.0.0.3");
        assertThat(throttle.waitBefore("cantho", "10.0.0.9")).contains(Duration.ofSeconds(20));
    }

    @Test
    void anAddressIsLockedWhatEverUsernamesItTries() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).contains(Duration.ofSeconds(20));
        assertThat(throttle.waitBefore("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void successClearsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("cantho", "10.0.0.1");
        }
        throttle.succeeded("cantho");
        assertThat(throttle.waitBefore("cantho", "10.0.0.2")).isEmpty();
        assertThat(throttle.waitBefore("cantho", "10.0.0.1")).isPresent();
    }

    @Test
    void oldFailuresAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("cantho", "10.0.0.1");
        }
        clock.advance(Duration.ofHours(2));
        throttle.failed("cantho", "10.0.0.1");
        assertThat(throttle.waitBefore("cantho", "10.0.0.1")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
