package vn.dangbo.portal.datagen.internal;

import java.time.LocalDate;

/** The fixed dates the generated history is built around. */
final class Timeline {

    /** Validity start of structure that existed before the data window (a synthetic "long ago"). */
    static final LocalDate ORIGIN = LocalDate.of(1950, 1, 1);
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;
    static final LocalDate START = LocalDate.of(FIRST_YEAR, 1, 1);
    /** Last day of districts, of the merged provinces and of the old communes. */
    static final LocalDate LAST_BEFORE_MERGER = LocalDate.of(2025, 6, 30);
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    static final LocalDate END = LocalDate.of(LAST_YEAR, 12, 31);

    /** Terms of branch committees and of area heads (congresses every two and a half years). */
    static final LocalDate[][] BRANCH_TERMS = {
            {START, LocalDate.of(2017, 6, 30)},
            {LocalDate.of(2017, 7, 1), LocalDate.of(2019, 12, 31)},
            {LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30)},
            {LocalDate.of(2022, 7, 1), LAST_BEFORE_MERGER},
            {MERGER, END}};

    /** Terms of grassroots and partial committees (five-year congresses). */
    static final LocalDate[][] COMMITTEE_TERMS = {
            {START, LocalDate.of(2020, 6, 30)},
            {LocalDate.of(2020, 7, 1), LAST_BEFORE_MERGER},
            {MERGER, END}};

    private Timeline() {
    }

    static boolean beforeMerger(LocalDate date) {
        return date.isBefore(MERGER);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
