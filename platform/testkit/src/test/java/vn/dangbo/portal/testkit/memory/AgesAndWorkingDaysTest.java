package vn.dangbo.portal.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgesAndWorkingDaysTest {

    private static final LocalDate BORN = LocalDate.of(1994, 3, 10);

    @Test
    void aMonthIsCompleteOnTheSameDayNumber() {
        // Born 10/3/1994: 30y11m on 9/3/2025, 31y0m on 10/3/2025.
        assertThat(Ages.wholeMonths(BORN, LocalDate.of(2025, 3, 9))).isEqualTo(30 * 12 + 11);
        assertThat(Ages.wholeMonths(BORN, LocalDate.of(2025, 3, 10))).isEqualTo(31 * 12);
        assertThat(Ages.wholeYears(BORN, LocalDate.of(2025, 3, 9))).isEqualTo(30);
    }

    @Test
    void youthRunsFrom18y0mTo30y11m() {
        assertThat(Ages.isYouth(BORN, LocalDate.of(2025, 3, 9))).isTrue();
        assertThat(Ages.isYouth(BORN, LocalDate.of(2025, 3, 10))).isFalse();
        assertThat(Ages.isYouth(BORN, LocalDate.of(2012, 3, 10))).isTrue();
        assertThat(Ages.isYouth(BORN, LocalDate.of(2012, 3, 9))).isFalse();
    }

    @Test
    void aDayNumberTheMonthLacksCompletesAfterIt() {
        LocalDate born = LocalDate.of(2000, 1, 31);
        assertThat(Ages.wholeMonths(born, LocalDate.of(2000, 2, 29))).isZero();
        assertThat(Ages.wholeMonths(born, LocalDate.of(2000, 3, 1))).isEqualTo(1);
    }

    @Test
    void workingDaysSkipWeekendsAndConfiguredHolidays() {
        LocalDate friday = LocalDate.of(2025, 1, 3);
        assertThat(new WorkingDays(Set.of()).after(friday, 1)).isEqualTo(LocalDate.of(2025, 1, 6));
        // 30 working days after Friday 3/1/2025 without holidays: six full weeks -> Friday 14/2/2025.
        assertThat(new WorkingDays(Set.of()).after(friday, 30)).isEqualTo(LocalDate.of(2025, 2, 14));
        // A holiday on Monday 6/1 moves the first working day to Tuesday.
        assertThat(new WorkingDays(Set.of(LocalDate.of(2025, 1, 6))).after(friday, 1))
                .isEqualTo(LocalDate.of(2025, 1, 7));
    }
}
