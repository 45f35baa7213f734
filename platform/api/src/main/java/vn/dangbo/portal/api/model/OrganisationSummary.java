package vn.dangbo.portal.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A party organisation as it stood on a date.
 *
 * @param id             stable identifier
 * @param code           external code (stable across imports)
 * @param name           name in Vietnamese
 * @param type           level in the hierarchy
 * @param sector         sector
 * @param parentId       the organisation directly above it on that date; null for the provincial committee
 * @param committeeId    the committee directly under the provincial committee that it belongs to on
 *                       that date (itself when it is one); null for the provincial committee
 * @param formerProvince the province it belonged to before 1 July 2025
 * @param validFrom      first day of validity
 * @param validTo        last day of validity, null while it exists
 * @param successorIds   organisations that took over its admissions and plans when it closed
 * @param areaIds        residential areas it serves (for residential branches)
 * @param unitId         the economic unit or school it is set up in, if any
 */
public record OrganisationSummary(long id, String code, String name, OrganisationType type, Sector sector,
        Long parentId, Long committeeId, String formerProvince, LocalDate validFrom, LocalDate validTo,
        List<Long> successorIds, List<Long> areaIds, Long unitId) {

    public OrganisationSummary {
        successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
    }
}
