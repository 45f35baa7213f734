package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;
import java.util.List;

/** A value that holds from a date until the next value of the same list. */
public record Dated<T>(LocalDate from, T value) {

    /** The value in force on the date in a list sorted by date; null when none started yet. */
    public static <T> T on(List<Dated<T>> history, LocalDate date) {
        T current = null;
        for (Dated<T> entry : history) {
            if (entry.from().isAfter(date)) {
                break;
            }
            current = entry.value();
        }
        return current;
    }
}
