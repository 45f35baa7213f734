package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;

/** A stretch of time a member counts at one organisation (to: null while it lasts), both days included. */
record Span(long organisationId, LocalDate from, LocalDate to) {

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    boolean overlaps(LocalDate periodFrom, LocalDate periodTo) {
        return !from.isAfter(periodTo) && (to == null || !to.isBefore(periodFrom));
    }
}
