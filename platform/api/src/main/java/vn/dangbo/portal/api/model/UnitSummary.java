package vn.dangbo.portal.api.model;

import java.time.LocalDate;

/**
 * An economic unit or private school as it stood on a date.
 *
 * @param id                   stable identifier
 * @param code                 external code
 * @param name                 name
 * @param kind                 kind of unit
 * @param areaId               the area (commune or ward) it is located in
 * @param formerProvince       the province it belonged to before 1 July 2025
 * @param stableWorkers        workers in stable employment on that date; null when not recorded
 * @param partyOrganisationId  the party organisation (branch or committee) set up in it on that date, if any
 * @param membersEmployed      party members whose occupation on that date names this unit
 * @param validFrom            first day of validity
 * @param validTo              last day, null while it exists
 */
public record UnitSummary(long id, String code, String name, UnitKind kind, Long areaId, String formerProvince,
        Integer stableWorkers, Long partyOrganisationId, long membersEmployed, LocalDate validFrom,
        LocalDate validTo) {

    public boolean hasPartyOrganisation() {
        return partyOrganisationId != null;
    }
}
