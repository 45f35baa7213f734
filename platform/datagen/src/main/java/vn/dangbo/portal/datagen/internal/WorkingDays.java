package vn.dangbo.portal.datagen.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday; the platform's public holidays are not configured by default, so none here. */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate plus(LocalDate date, int workingDays) {
        LocalDate d = date;
        int left = workingDays;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    /** The same day or the next working day. */
    static LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
