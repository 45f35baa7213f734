package vn.dangbo.portal.core.area;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.AreaKind;

/**
 * An area to create.
 *
 * @param code           stable external code, unique
 * @param name           name in Vietnamese
 * @param kind           kind of area
 * @param parentId       the area it lies in, null for a province
 * @param formerProvince province before 1/7/2025
 * @param validFrom      first day
 */
public record NewArea(String code, String name, AreaKind kind, Long parentId, String formerProvince,
        LocalDate validFrom) {
}
