package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Ages in whole months: a month is complete on the same day number (born 10/3: 31y0m on 10/3/2025,
 * 30y11m on 9/3/2025). A day number the month lacks (born 31/1) completes on the first day after it.
 */
public final class Ages {

    /** Youth at admission: 18y0m ... */
    public static final long YOUTH_FROM_MONTHS = 18 * 12;
    /** ... to 30y11m. */
    public static final long YOUTH_TO_MONTHS = 30 * 12 + 11;

    private Ages() {
    }

    public static long wholeMonths(LocalDate birth, LocalDate on) {
        return ChronoUnit.MONTHS.between(birth, on);
    }

    public static int wholeYears(LocalDate birth, LocalDate on) {
        return (int) (wholeMonths(birth, on) / 12);
    }

    /** 18y0m to 30y11m on the date. */
    public static boolean isYouth(LocalDate birth, LocalDate on) {
        long months = wholeMonths(birth, on);
        return months >= YOUTH_FROM_MONTHS && months <= YOUTH_TO_MONTHS;
    }
}
