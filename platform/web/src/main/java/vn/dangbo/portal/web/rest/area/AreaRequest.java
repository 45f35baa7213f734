package vn.dangbo.portal.web.rest.area;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.AreaKind;

/** POST /api/v1/areas. */
public record AreaRequest(String code, String name, AreaKind kind, Long parentId, String formerProvince,
        LocalDate validFrom) {
}
