package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;
import java.util.Map;
import vn.dangbo.portal.api.model.AreaKind;

/** An administrative area, with its population per year where recorded. */
public record Area(long id, String code, String name, AreaKind kind, Long parentId, String formerProvince,
        LocalDate validFrom, LocalDate validTo, Map<Integer, Long> population) {

    public Area {
        population = Map.copyOf(population);
    }

    public boolean validOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }
}
