package vn.dangbo.portal.core.security.signin;

import java.time.Duration;

/**
 * How failed sign-ins of one key (a username, or a client address) are slowed down: the first
 * {@code freeFailures} cost nothing, then each further failure locks the key for a delay that
 * starts at {@code firstLock} and doubles up to {@code maxLock}. Failures older than
 * {@code forgetAfter} (counted from the last one) are forgotten.
 */
public record ThrottlePolicy(int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    /** Per username: a person mistyping gets five tries; a guesser gets 5 per quarter hour at best. */
    public static final ThrottlePolicy PER_USERNAME =
            new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    /** Per client address: wider, since offices share one address behind their router. */
    public static final ThrottlePolicy PER_ADDRESS =
            new ThrottlePolicy(20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    /** The lock after the given number of consecutive failures (zero while still free). */
    public Duration lockAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
