package vn.dangbo.portal.web.rest.organisation;

import java.time.LocalDate;
import java.util.Set;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.core.organisation.NewOrganisation;

/** POST /api/v1/organisations. */
public record OrganisationRequest(String code, String name, OrganisationType type, Sector sector,
        String formerProvince, Long parentId, Long unitId, LocalDate validFrom, Set<Long> areaIds) {

    NewOrganisation toNew() {
        return new NewOrganisation(code, name, type, sector, formerProvince, parentId, unitId, validFrom, areaIds);
    }
}
