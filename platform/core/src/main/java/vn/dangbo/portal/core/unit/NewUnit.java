package vn.dangbo.portal.core.unit;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.UnitKind;

/**
 * An economic unit or private school to create.
 *
 * @param code           stable external code, unique
 * @param name           name
 * @param kind           kind of unit
 * @param areaId         the commune or ward it is located in
 * @param formerProvince province before 1/7/2025
 * @param validFrom      first day
 */
public record NewUnit(String code, String name, UnitKind kind, Long areaId, String formerProvince,
        LocalDate validFrom) {
}
