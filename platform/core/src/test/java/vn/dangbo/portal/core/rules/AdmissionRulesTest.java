package vn.dangbo.portal.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.error.RuleViolationException;

class AdmissionRulesTest {

    private static final LocalDate BORN = LocalDate.of(2000, 3, 10);
    private final AdmissionRules rules = new AdmissionRules(RuleSettings.defaults());

    @Test
    void seventeenYearsElevenMonthsIsRefusedWithTheField() {
        assertThatThrownBy(() -> rules.checkAge(BORN, LocalDate.of(2018, 3, 9), "voteDate"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(AdmissionRules.AGE);
                    assertThat(e.field()).isEqualTo("voteDate");
                    assertThat(e.reason()).contains("17 tuổi 11 tháng");
                });
    }

    @Test
    void eighteenYearsZeroMonthsOnTheSameDayNumberPasses() {
        assertThatCode(() -> rules.checkAge(BORN, LocalDate.of(2018, 3, 10), "voteDate")).doesNotThrowAnyException();
    }

    @Test
    void sixtyYearsZeroMonthsPassesAndSixtyYearsOneMonthIsRefused() {
        LocalDate born = LocalDate.of(1960, 5, 20);
        assertThatCode(() -> rules.checkAge(born, LocalDate.of(2020, 6, 19), "voteDate")).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkAge(born, LocalDate.of(2020, 6, 20), "voteDate"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("60 tuổi 1 tháng");
    }

    @Test
    void wholeMonthsCompleteOnTheSameDayNumber() {
        assertThat(Age.wholeMonths(LocalDate.of(1994, 3, 10), LocalDate.of(2025, 3, 9))).isEqualTo(30 * 12 + 11);
        assertThat(Age.wholeMonths(LocalDate.of(1994, 3, 10), LocalDate.of(2025, 3, 10))).isEqualTo(31 * 12);
        assertThat(Age.isYouth(30 * 12 + 11)).isTrue();
        assertThat(Age.isYouth(31 * 12)).isFalse();
        assertThat(Age.isYouth(18 * 12 - 1)).isFalse();
    }

    @Test
    void certificateIsValidFiveYearsByDefault() {
        LocalDate issued = LocalDate.of(2019, 4, 1);
        assertThatCode(() -> rules.checkCertificate(issued, LocalDate.of(2024, 3, 31), "cert")).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkCertificate(issued, LocalDate.of(2024, 4, 1), "cert"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(AdmissionRules.CERTIFICATE));
    }

    @Test
    void certificateValidityIsASetting() {
        AdmissionRules threeYears = new AdmissionRules(RuleSettings.defaults().withCertificateValidityYears(3));
        assertThat(threeYears.certificateValid(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31))).isTrue();
        assertThat(threeYears.certificateValid(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 4, 1))).isFalse();
    }

    @Test
    void missingOrLaterCertificateIsRefused() {
        assertThatThrownBy(() -> rules.checkCertificate(null, LocalDate.of(2024, 1, 1), "cert"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cert");
        assertThatThrownBy(() -> rules.checkCertificate(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1), "cert"))
                .isInstanceOf(RuleViolationException.class);
    }
}
