package vn.dangbo.portal.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.LocalizedText;

class TargetTest {

    private static final IndicatorDefinition SHARE = new IndicatorDefinition("X-SHARE",
            LocalizedText.of("Tỷ lệ", "Share"), LocalizedText.of("a / b", "a / b"), Measure.PERCENT,
            Target.moreThan("90"), PeriodKind.EVERY_YEAR, 2023, 2030, "…");

    @Test
    void moreThanIsStrict() {
        assertThat(IndicatorResult.ratio(SHARE, 2024, 9, 10, Target.moreThan("90"), null, RangePolicy.ABOVE_IS_EXCEEDED)
                .status()).isEqualTo(Status.NOT_MET);
        assertThat(IndicatorResult.ratio(SHARE, 2024, 901, 1000, Target.moreThan("90"), null,
                RangePolicy.ABOVE_IS_EXCEEDED).status()).isEqualTo(Status.MET);
    }

    @Test
    void strictComparisonUsesTheExactValueNotTheRoundedOne() {
        // 90.0009 % shows as 90 but is more than 90 %.
        IndicatorResult result = IndicatorResult.ratio(SHARE, 2024, 900_009, 1_000_000, Target.moreThan("90"), null,
                RangePolicy.ABOVE_IS_EXCEEDED);
        assertThat(result.value()).isEqualByComparingTo("90");
        assertThat(result.status()).isEqualTo(Status.MET);
    }

    @Test
    void rangeIsMetFromItsLowEndAndAboveIsExceededOrNotMetByPolicy() {
        Target range = Target.between("3", "4");
        assertThat(range.assess(new BigDecimal("2.99"), null, Measure.PERCENT, RangePolicy.ABOVE_IS_EXCEEDED))
                .isEqualTo(new Assessment(Status.NOT_MET, false));
        assertThat(range.assess(new BigDecimal("3"), null, Measure.PERCENT, RangePolicy.ABOVE_IS_EXCEEDED))
                .isEqualTo(new Assessment(Status.MET, false));
        assertThat(range.assess(new BigDecimal("4.5"), null, Measure.PERCENT, RangePolicy.ABOVE_IS_EXCEEDED))
                .isEqualTo(new Assessment(Status.MET, true));
        assertThat(range.assess(new BigDecimal("4.5"), null, Measure.PERCENT, RangePolicy.ONLY_INSIDE))
                .isEqualTo(new Assessment(Status.NOT_MET, true));
    }

    @Test
    void risingComparesWithLastYear() {
        Target rising = new Target.Rising();
        assertThat(rising.assess(new BigDecimal("50"), null, Measure.PERCENT, null).status())
                .isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(rising.assess(new BigDecimal("50"), new BigDecimal("50"), Measure.PERCENT, null).status())
                .isEqualTo(Status.NOT_MET);
        assertThat(rising.assess(new BigDecimal("51"), new BigDecimal("50"), Measure.PERCENT, null).status())
                .isEqualTo(Status.MET);
        assertThat(rising.assess(new BigDecimal("100"), null, Measure.PERCENT, null).status()).isEqualTo(Status.MET);
    }

    @Test
    void trendDownCountsZeroAsMet() {
        Target down = new Target.TrendDown();
        assertThat(down.assess(BigDecimal.ZERO, null, Measure.COUNT, null).status()).isEqualTo(Status.MET);
        assertThat(down.assess(new BigDecimal("3"), new BigDecimal("3"), Measure.COUNT, null).status())
                .isEqualTo(Status.NOT_MET);
        assertThat(down.assess(new BigDecimal("2"), new BigDecimal("3"), Measure.COUNT, null).status())
                .isEqualTo(Status.MET);
    }

    @Test
    void emptyDenominatorIsNotEnoughDataButAZeroCountIsAZero() {
        IndicatorResult share = IndicatorResult.ratio(SHARE, 2024, 0, 0, Target.full(), null,
                RangePolicy.ABOVE_IS_EXCEEDED);
        assertThat(share.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(share.value()).isNull();
        assertThat(share.reason()).isNotNull();
        IndicatorDefinition count = new IndicatorDefinition("X-COUNT", LocalizedText.of("Số", "Count"),
                LocalizedText.of("n", "n"), Measure.COUNT, Target.between("15", "20"), PeriodKind.EVERY_YEAR, 2023,
                2030, "…");
        IndicatorResult zero = IndicatorResult.count(count, 2031, 0, count.target(), null,
                RangePolicy.ABOVE_IS_EXCEEDED);
        assertThat(zero.status()).isEqualTo(Status.NOT_MET);
        assertThat(zero.value()).isEqualByComparingTo("0");
        assertThat(zero.inPeriod()).isFalse();
    }

    @Test
    void targetsDescribeThemselvesInVietnameseNotation() {
        assertThat(Target.atLeast("60.44").describe(Measure.PERCENT).vi()).isEqualTo("≥ 60,44 %");
        assertThat(Target.atLeast("1870").describe(Measure.COUNT).vi()).isEqualTo("≥ 1.870");
        assertThat(Target.between("3", "4").describe(Measure.PERCENT).vi()).isEqualTo("từ 3 % đến 4 %");
    }
}
