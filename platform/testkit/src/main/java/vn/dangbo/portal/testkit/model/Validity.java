package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;

/** Shared rule of dated records: valid from the first day to the last day, both included. */
final class Validity {

    private Validity() {
    }

    static boolean covers(LocalDate from, LocalDate to, LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    static boolean overlaps(LocalDate from, LocalDate to, LocalDate periodFrom, LocalDate periodTo) {
        return (from == null || !from.isAfter(periodTo)) && (to == null || !to.isBefore(periodFrom));
    }
}
