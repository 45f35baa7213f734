package vn.dangbo.portal.core.security.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: counts failed sign-ins per username and per client address and
 * locks a key for an exponentially growing time once it has failed too often. A successful sign-in
 * clears its username's count but not its address's (else a guesser with one valid account could
 * reset the address count at will). Memory only: a restart forgets, which is acceptable since
 * a restart takes longer than most locks. Thread-safe.
 */
public final class SignInThrottle {

    private static final int TIDY_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final ThrottlePolicy perUsername;
    private final ThrottlePolicy perAddress;
    private final Clock clock;
    private final Map<String, Failures> usernames = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(ThrottlePolicy perUsername, ThrottlePolicy perAddress, Clock clock) {
        this.perUsername = perUsername;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** How long this sign-in must still wait, or empty if it may be tried now. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(usernames.get(key(username)), perUsername, now),
                remaining(addresses.get(address), perAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(usernames, key(username), perUsername, now);
        record(addresses, address, perAddress, now);
    }

    public void succeeded(String username) {
        usernames.remove(key(username));
    }

    private void record(Map<String, Failures> counts, String key, ThrottlePolicy policy, Instant now) {
        if (key == null) {
            return;
        }
        counts.compute(key, (k, old) -> old == null || expired(old, policy, now)
                ? new Failures(1, now) : new Failures(old.count() + 1, now));
        if (counts.size() > TIDY_ABOVE) {
            counts.values().removeIf(f -> expired(f, policy, now));
        }
    }

    private static Duration remaining(Failures failures, ThrottlePolicy policy, Instant now) {
        if (failures == null || expired(failures, policy, now)) {
            return Duration.ZERO;
        }
        Instant until = failures.last().plus(policy.lockAfter(failures.count()));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static boolean expired(Failures failures, ThrottlePolicy policy, Instant now) {
        return failures.last().plus(policy.forgetAfter()).isBefore(now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Usernames are compared as typed but case-blind, so 'Admin' and 'admin' share a count. */
    private static String key(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
