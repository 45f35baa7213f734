package vn.dangbo.portal.api.model;

import java.time.LocalDate;

/**
 * An administrative area as it stood on a date.
 *
 * @param id             stable identifier
 * @param code           external code
 * @param name           name in Vietnamese
 * @param kind           kind of area
 * @param parentId       the area it lies in, null for a province
 * @param formerProvince the province it belonged to before 1 July 2025
 * @param validFrom      first day of validity
 * @param validTo        last day, null while it exists
 */
public record AreaSummary(long id, String code, String name, AreaKind kind, Long parentId, String formerProvince,
        LocalDate validFrom, LocalDate validTo) {
}
