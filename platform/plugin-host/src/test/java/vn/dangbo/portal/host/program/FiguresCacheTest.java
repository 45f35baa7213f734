package vn.dangbo.portal.host.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.freshness.DataVersion;

class FiguresCacheTest {

    private static final ProgramHandle PROGRAM = new ProgramHandle(null, "vn.dangbo.portal.plugin.test", "1.0.0", 7L,
            null);
    private static final Predicate<String> SUCCEEDED = value -> !value.startsWith("failed");

    private final DataVersion data = new DataVersion();
    private final FiguresCache cache = new FiguresCache(data);
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final AtomicInteger computations = new AtomicInteger();

    @AfterEach
    void stop() {
        readers.shutdownNow();
    }

    @Test
    void aKeptResultIsServedUntilTheDataMoves() {
        assertThat(read(() -> "figures " + computations.incrementAndGet())).isEqualTo("figures 1");
        assertThat(read(() -> "figures " + computations.incrementAndGet())).isEqualTo("figures 1");
        data.changed();
        assertThat(read(() -> "figures " + computations.incrementAndGet())).isEqualTo("figures 2");
    }

    @Test
    void readersThatMissTogetherWaitForOneComputation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Supplier<String> slow = () -> {
            computations.incrementAndGet();
            await(release);
            return "figures";
        };
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(readers.submit(() -> cache.get(PROGRAM, "evaluate", 2025, slow, value -> false)));
        }
        awaitAllWaiting(8);
        release.countDown();
        for (Future<String> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("figures");
        }
        // Never kept (keep says no), so only sharing the one flight explains a single computation.
        assertThat(computations).hasValue(1);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFailureIsSharedByThoseWaitingButNeverKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Supplier<String> failing = () -> {
            computations.incrementAndGet();
            await(release);
            return "failed: no answer within 4000 ms";
        };
        Future<String> first = readers.submit(() -> read(failing));
        Future<String> second = readers.submit(() -> read(failing));
        awaitAllWaiting(2);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).startsWith("failed");
        assertThat(second.get(5, TimeUnit.SECONDS)).startsWith("failed");
        assertThat(computations).hasValue(1);
        assertThat(cache.size()).isZero();

        assertThat(read(() -> "figures " + computations.incrementAndGet())).as("the next reader computes again")
                .isEqualTo("figures 2");
    }

    @Test
    void anExceptionReachesEveryoneWaitingAndNothingIsKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Supplier<String> throwing = () -> {
            computations.incrementAndGet();
            await(release);
            throw new IllegalStateException("database gone");
        };
        Future<String> first = readers.submit(() -> read(throwing));
        Future<String> second = readers.submit(() -> read(throwing));
        awaitAllWaiting(2);
        release.countDown();
        for (Future<String> answer : List.of(first, second)) {
            assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        }
        assertThat(computations).hasValue(1);
        assertThat(read(() -> "figures")).isEqualTo("figures");
    }

    @Test
    void aResultWhoseDataMovedWhileItWasComputedIsNotServedAfterwards() {
        assertThat(read(() -> {
            computations.incrementAndGet();
            data.changed(); // a write commits while the figures are computed
            return "figures before the write";
        })).isEqualTo("figures before the write");
        assertThat(read(() -> "figures " + computations.incrementAndGet())).isEqualTo("figures 2");
        assertThat(read(() -> "figures " + computations.incrementAndGet())).as("now kept").isEqualTo("figures 2");
    }

    @Test
    void aReaderAfterAWriteDoesNotJoinAComputationStartedBeforeIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<String> before = readers.submit(() -> read(() -> {
            computations.incrementAndGet();
            await(release);
            return "figures before the write";
        }));
        awaitAllWaiting(1);
        data.changed();
        assertThat(read(() -> "figures after the write " + computations.incrementAndGet()))
                .isEqualTo("figures after the write 2");
        release.countDown();
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("figures before the write");
        assertThat(read(() -> "computed again")).as("the newer result is the one kept")
                .isEqualTo("figures after the write 2");
    }

    @Test
    void keysAreSeparate() {
        cache.get(PROGRAM, "evaluate", 2025, () -> "evaluate 2025", SUCCEEDED);
        assertThat(cache.get(PROGRAM, "evaluate", 2024, () -> "evaluate 2024", SUCCEEDED)).isEqualTo("evaluate 2024");
        assertThat(cache.get(PROGRAM, "common", 2025, () -> "common 2025", SUCCEEDED)).isEqualTo("common 2025");
        assertThat(cache.holds(PROGRAM, "evaluate", 2025)).isTrue();
        assertThat(cache.holds(PROGRAM, "sections", 2025)).isFalse();
        cache.programsChanged();
        assertThat(cache.holds(PROGRAM, "evaluate", 2025)).isFalse();
        assertThat(cache.size()).isZero();
    }

    private String read(Supplier<String> compute) {
        return cache.get(PROGRAM, "evaluate", 2025, compute, SUCCEEDED);
    }

    /** Until this many readers are parked in the cache: computing (on the latch) or waiting for the flight. */
    private void awaitAllWaiting(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long parked = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
                    .filter(FiguresCacheTest::insideTheCache).count();
            if (parked >= count) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("fewer than " + count + " readers are waiting");
    }

    private static boolean insideTheCache(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(FiguresCache.class.getName()));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
