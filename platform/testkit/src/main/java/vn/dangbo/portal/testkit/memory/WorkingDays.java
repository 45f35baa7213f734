package vn.dangbo.portal.testkit.memory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days: Monday to Friday minus the public holidays configured (none by default). */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day after the date (the date itself not counted). */
    public LocalDate after(LocalDate date, int n) {
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
