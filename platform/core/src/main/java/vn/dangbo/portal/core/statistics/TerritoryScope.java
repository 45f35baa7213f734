package vn.dangbo.portal.core.statistics;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.dangbo.portal.api.model.Territory;

/**
 * Which former provinces a territory counts on a date. By default a program counts its own former
 * province before and after the 2025 merger; in the merged mode it counts every province merged into
 * it as the merged province stands on the date (the merged ones only from the day after they closed):
 * the evaluation's year end ({@link TerritoryOn}), or else each query's own date.
 */
final class TerritoryScope {

    private final Territory territory;
    private final TerritoryOn extent;
    private final Sql sql;

    TerritoryScope(TerritoryOn extent, Sql sql) {
        this.territory = extent.territory();
        this.extent = extent;
        this.sql = sql;
    }

    Set<String> provincesOn(LocalDate date) {
        Set<String> provinces = new LinkedHashSet<>();
        provinces.add(territory.provinceCode());
        if (territory.mode() == Territory.Mode.MERGED_PROVINCE) {
            provinces.addAll(sql.list("SELECT code FROM province WHERE merged_into = ? AND valid_to < ?",
                    rs -> rs.getString(1), territory.provinceCode(), extent.extentOn(date)));
        }
        return provinces;
    }
}
