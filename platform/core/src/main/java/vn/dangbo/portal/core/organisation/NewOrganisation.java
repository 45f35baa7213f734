package vn.dangbo.portal.core.organisation;

import java.time.LocalDate;
import java.util.Set;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;

/**
 * An organisation to create.
 *
 * @param code           stable external code, unique
 * @param name           name in Vietnamese
 * @param type           level in the hierarchy
 * @param sector         sector
 * @param formerProvince province before 1/7/2025 (code of table province)
 * @param parentId       the organisation it sits under from validFrom; null only for a provincial committee
 * @param unitId         the economic unit or school it is set up in, if any
 * @param validFrom      first day
 * @param areaIds        residential areas it serves (residential branches)
 */
public record NewOrganisation(String code, String name, OrganisationType type, Sector sector, String formerProvince,
        Long parentId, Long unitId, LocalDate validFrom, Set<Long> areaIds) {

    public NewOrganisation {
        areaIds = areaIds == null ? Set.of() : Set.copyOf(areaIds);
    }
}
