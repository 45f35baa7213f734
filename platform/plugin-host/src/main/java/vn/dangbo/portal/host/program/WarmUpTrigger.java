package vn.dangbo.portal.host.program;

import java.time.Duration;
import vn.dangbo.portal.host.program.FiguresCache.Stamp;

/**
 * When to warm the figures up: once per stamp, and only after the stamp has stayed the same for the
 * quiet period, so that a burst of writes (an import, a test's setup) is warmed once, after it. Asked
 * at every poll with the stamp of that moment; not thread-safe (one poller asks).
 */
final class WarmUpTrigger {

    private final long quietNanos;
    private Stamp seen;
    private long seenSince;
    private Stamp warmed;

    WarmUpTrigger(Duration quiet) {
        this.quietNanos = quiet.toNanos();
    }

    /** Whether to warm up for {@code now}, seen at {@code nanoTime} ({@link System#nanoTime()}). */
    boolean due(Stamp now, long nanoTime) {
        if (!now.equals(seen)) {
            seen = now;
            seenSince = nanoTime;
            return false;
        }
        return !now.equals(warmed) && nanoTime - seenSince >= quietNanos;
    }

    /** The warm-up for this stamp is done (or given up): not again until the stamp moves. */
    void warmed(Stamp stamp) {
        warmed = stamp;
    }
}
