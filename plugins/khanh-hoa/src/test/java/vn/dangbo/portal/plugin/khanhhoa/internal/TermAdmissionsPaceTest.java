package vn.dangbo.portal.plugin.khanhhoa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermAdmissionsPaceTest {

    @Test
    void straightLineToNineThousandThreeHundredFiftyOneByTwentyTwentyFive() {
        // 9,351 × (Y − 2020) / 5
        assertThat(TermAdmissions.pace(2021)).isEqualByComparingTo("1870.2");
        assertThat(TermAdmissions.pace(2023)).isEqualByComparingTo("5610.6");
        assertThat(TermAdmissions.pace(2025)).isEqualByComparingTo("9351");
        assertThat(TermAdmissions.pace(2026)).isEqualByComparingTo("9351");
        assertThat(TermAdmissions.pace(2020)).isEqualByComparingTo("0");
    }
}
