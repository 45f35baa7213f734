package vn.dangbo.portal.api.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Ratio arithmetic shared by all indicators: exact for judging, rounded to two places for showing. */
public final class Numbers {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Numbers() {
    }

    /** 100 × numerator / denominator, to 34 significant digits; the denominator must not be 0. */
    public static BigDecimal percent(long numerator, long denominator) {
        requireDenominator(denominator);
        return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), EXACT);
    }

    /** numerator / denominator, to 34 significant digits; the denominator must not be 0. */
    public static BigDecimal average(long numerator, long denominator) {
        requireDenominator(denominator);
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), EXACT);
    }

    /** The value as shown: two decimal places, half up. */
    public static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Vietnamese notation: comma for decimals, dot for thousands ("60,44 %", "1.870"). */
    public static String format(BigDecimal value, Measure measure) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
        String number = format.format(value);
        return measure == Measure.PERCENT ? number + " %" : number;
    }

    private static void requireDenominator(long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is 0");
        }
    }
}
