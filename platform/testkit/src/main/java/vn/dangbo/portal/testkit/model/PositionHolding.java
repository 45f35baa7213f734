package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.PositionKind;

/** A person holding a position of an area (head, Front committee head) from one day to another. */
public record PositionHolding(long areaId, PositionKind kind, long personId, LocalDate from, LocalDate to) {

    public boolean heldOn(LocalDate date) {
        return Validity.covers(from, to, date);
    }
}
