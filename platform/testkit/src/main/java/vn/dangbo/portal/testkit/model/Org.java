package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;

/**
 * A party organisation of the fixture. Its parent is fixed for its whole life: a restructuring is
 * modelled as closing it and opening a new record named as its successor.
 */
public record Org(long id, String code, String name, OrganisationType type, Sector sector, Long parentId,
        String formerProvince, LocalDate validFrom, LocalDate validTo, List<Long> successorIds, List<Long> areaIds,
        Long unitId) {

    public Org {
        successorIds = List.copyOf(successorIds);
        areaIds = List.copyOf(areaIds);
    }

    public boolean validOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }

    /** Closed before the date. */
    public boolean closedBefore(LocalDate date) {
        return validTo != null && validTo.isBefore(date);
    }
}
