package vn.dangbo.portal.host.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.host.program.FiguresCache.Stamp;

class WarmUpTriggerTest {

    private static final long MS = 1_000_000;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private final WarmUpTrigger trigger = new WarmUpTrigger(Duration.ofMillis(1500));

    @Test
    void warmsOnceAStampHasBeenQuietForTheDelay() {
        Stamp stamp = new Stamp(1, 1, DAY);
        assertThat(trigger.due(stamp, 0)).as("just seen").isFalse();
        assertThat(trigger.due(stamp, 1000 * MS)).isFalse();
        assertThat(trigger.due(stamp, 1500 * MS)).isTrue();
        trigger.warmed(stamp);
        assertThat(trigger.due(stamp, 9000 * MS)).as("once per stamp").isFalse();
    }

    @Test
    void aBurstOfWritesIsWarmedOnceAfterIt() {
        int warmUps = 0;
        long lastWrite = 0;
        for (long version = 1; version <= 20; version++) {
            lastWrite = version * 500 * MS; // a write every half second: never quiet for 1.5 s
            if (trigger.due(new Stamp(version, 1, DAY), lastWrite)) {
                warmUps++;
            }
        }
        assertThat(warmUps).isZero();
        Stamp last = new Stamp(20, 1, DAY);
        assertThat(trigger.due(last, lastWrite + 1400 * MS)).isFalse();
        assertThat(trigger.due(last, lastWrite + 1500 * MS)).isTrue();
    }

    @Test
    void aChangeOfProgramsOrDayWarmsAgain() {
        Stamp first = new Stamp(3, 1, DAY);
        trigger.due(first, 0);
        assertThat(trigger.due(first, 2000 * MS)).isTrue();
        trigger.warmed(first);
        Stamp programs = new Stamp(3, 2, DAY);
        assertThat(trigger.due(programs, 2100 * MS)).isFalse();
        assertThat(trigger.due(programs, 3700 * MS)).isTrue();
        trigger.warmed(programs);
        Stamp nextDay = new Stamp(3, 2, DAY.plusDays(1));
        assertThat(trigger.due(nextDay, 4000 * MS)).isFalse();
        assertThat(trigger.due(nextDay, 5600 * MS)).isTrue();
    }
}
