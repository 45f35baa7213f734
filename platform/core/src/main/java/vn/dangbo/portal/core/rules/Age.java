package vn.dangbo.portal.core.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * Ages in whole months, as the party rules count them: a month is complete on the same day number
 * (born 10/3/1994: 30 years 11 months on 9/3/2025, 31 years 0 months on 10/3/2025).
 */
public final class Age {

    /** Youth at admission: 18y0m to 30y11m (Luật Thanh niên: up to 30 years). */
    public static final int YOUTH_MIN_MONTHS = 18 * 12;
    public static final int YOUTH_MAX_MONTHS = 30 * 12 + 11;

    private Age() {
    }

    /** Whole months from birth to the date. */
    public static int wholeMonths(LocalDate birthDate, LocalDate on) {
        return (int) Period.between(birthDate, on).toTotalMonths();
    }

    /** Whole years from birth to the date. */
    public static int wholeYears(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** Whether an age in whole months is youth (18y0m to 30y11m). */
    public static boolean isYouth(int months) {
        return months >= YOUTH_MIN_MONTHS && months <= YOUTH_MAX_MONTHS;
    }

    /** "3 years 11 months" in Vietnamese, for messages. */
    public static String describe(int months) {
        return (months / 12) + " tuổi " + (months % 12) + " tháng";
    }
}
