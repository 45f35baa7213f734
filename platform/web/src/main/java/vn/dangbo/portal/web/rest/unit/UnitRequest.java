package vn.dangbo.portal.web.rest.unit;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.UnitKind;

/** POST /api/v1/units. */
public record UnitRequest(String code, String name, UnitKind kind, Long areaId, String formerProvince,
        LocalDate validFrom) {
}
