package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.dangbo.portal.api.model.UnitKind;

/**
 * An economic unit or private school. The stable worker count is a step function: each entry holds
 * from its date until the next one.
 */
public record Unit(long id, String code, String name, UnitKind kind, Long areaId, String formerProvince,
        LocalDate validFrom, LocalDate validTo, NavigableMap<LocalDate, Integer> workers) {

    public Unit {
        workers = new TreeMap<>(workers);
    }

    public boolean validOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }

    /** Stable workers on the date, null when no count was recorded on or before it. */
    public Integer workersOn(LocalDate date) {
        Map.Entry<LocalDate, Integer> entry = workers.floorEntry(date);
        return entry == null ? null : entry.getValue();
    }
}
