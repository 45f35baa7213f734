package vn.dangbo.portal.core.statistics;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangbo.portal.api.model.Territory;

/**
 * A territory with the day its extent is fixed on. programs.md: the merged-province reading counts
 * "the merged province as it stands on 31/12/Y", so every query of an evaluation of year Y (also one
 * dated in an earlier year, such as the members at the end of Y-1 under an admission rate) counts the
 * same former provinces. Without a day ({@link #eachDay}) the extent is taken on each query's own date.
 *
 * @param territory the territory
 * @param standsOn  the day its extent is fixed on, or null for each query's own date
 */
public record TerritoryOn(Territory territory, LocalDate standsOn) {

    public TerritoryOn {
        Objects.requireNonNull(territory, "territory");
    }

    /** As the territory stands on 31 December of the year evaluated. */
    public static TerritoryOn yearEnd(Territory territory, int year) {
        return new TerritoryOn(territory, LocalDate.of(year, 12, 31));
    }

    /** As the territory stands on the date of each query. */
    public static TerritoryOn eachDay(Territory territory) {
        return new TerritoryOn(territory, null);
    }

    LocalDate extentOn(LocalDate date) {
        return standsOn == null ? date : standsOn;
    }
}
