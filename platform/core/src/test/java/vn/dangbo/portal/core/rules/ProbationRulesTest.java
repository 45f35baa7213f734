package vn.dangbo.portal.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.error.RuleViolationException;

class ProbationRulesTest {

    private final ProbationRules rules = new ProbationRules(RuleSettings.defaults());

    @Test
    void acrossALeapDayTwelveMonthsAre366DaysAndDay365IsTooEarly() {
        LocalDate ceremony = LocalDate.of(2023, 6, 15);
        LocalDate day365 = ceremony.plusDays(365);
        assertThat(ChronoUnit.DAYS.between(ceremony, ProbationRules.end(ceremony))).isEqualTo(366);
        assertThatThrownBy(() -> rules.checkRecognition(ceremony, day365, "eventDate"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(ProbationRules.TOO_EARLY);
                    assertThat(e.field()).isEqualTo("eventDate");
                });
        assertThatCode(() -> rules.checkRecognition(ceremony, ceremony.plusDays(366), "eventDate"))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutALeapDayTwelveMonthsAre365Days() {
        LocalDate ceremony = LocalDate.of(2021, 6, 15);
        assertThatThrownBy(() -> rules.checkRecognition(ceremony, ceremony.plusDays(364), "eventDate"))
                .isInstanceOf(RuleViolationException.class);
        assertThatCode(() -> rules.checkRecognition(ceremony, ceremony.plusDays(365), "eventDate"))
                .doesNotThrowAnyException();
    }

    @Test
    void reviewDeadlineCountsThirtyWorkingDaysSkippingWeekendsAndHolidays() {
        // Friday 2024-03-01 + 30 working days = Friday 2024-04-12.
        assertThat(rules.reviewDeadline(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 4, 12));
        RuleSettings withHoliday = new RuleSettings(5, 216, 720, false, 20, 30, Set.of(LocalDate.of(2024, 4, 18)));
        assertThat(new ProbationRules(withHoliday).reviewDeadline(LocalDate.of(2024, 3, 8)))
                .isEqualTo(LocalDate.of(2024, 4, 22));
    }
}
