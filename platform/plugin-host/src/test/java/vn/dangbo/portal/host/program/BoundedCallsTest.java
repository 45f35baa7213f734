package vn.dangbo.portal.host.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedCallsTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BoundedCalls calls = new BoundedCalls(executor, Duration.ofMillis(200), 2);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aValueComesBack() {
        CallOutcome<String> outcome = calls.call("good", "evaluate", () -> "figures");
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.value()).isEqualTo("figures");
    }

    @Test
    void anExceptionBecomesTheFailureReason() {
        CallOutcome<String> outcome = calls.call("bad", "evaluate(2025)", () -> {
            throw new IllegalStateException("boom");
        });
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.failure()).isEqualTo("evaluate(2025) failed: IllegalStateException: boom");
    }

    @Test
    void aHangingCallIsCancelledWithAnInterruptAfterTheTimeout() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        long began = System.nanoTime();
        CallOutcome<String> outcome = calls.call("slow", "evaluate", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        });
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        assertThat(outcome.failure()).isEqualTo("evaluate: no answer within 200 ms");
        assertThat(waited).isBetween(150L, 2_000L);
        assertThat(interrupted.await(2, TimeUnit.SECONDS)).as("the plugin's thread was interrupted").isTrue();
    }

    @Test
    void aPluginThatKeepsHangingFillsOnlyItsOwnBulkhead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ignoringInterrupts = new AtomicBoolean(true);
        for (int i = 0; i < 2; i++) {
            calls.call("stubborn", "evaluate", () -> {
                // ignores interrupts: only the latch ends it
                while (ignoringInterrupts.get()) {
                    try {
                        if (release.await(10, TimeUnit.MILLISECONDS)) {
                            break;
                        }
                    } catch (InterruptedException ignored) {
                        // a plugin that swallows interrupts cannot be stopped by force
                    }
                }
                return "late";
            });
        }
        assertThat(calls.inFlight("stubborn")).isEqualTo(2);
        CallOutcome<String> refused = calls.call("stubborn", "evaluate", () -> "never run");
        assertThat(refused.failure()).contains("too many calls to this plugin are still running");
        assertThat(refused.millis()).isLessThan(100);
        CallOutcome<String> other = calls.call("healthy", "evaluate", () -> "served");
        assertThat(other.value()).isEqualTo("served");
        release.countDown();
        ignoringInterrupts.set(false);
    }
}
