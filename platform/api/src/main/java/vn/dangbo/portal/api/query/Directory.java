package vn.dangbo.portal.api.query;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;

/** The structure of the territory on a date: organisations, areas and their position holders, units. */
@ProviderType
public interface Directory {

    /** Every party organisation of the territory valid on the date, parents before children. */
    List<OrganisationSummary> organisations(LocalDate date);

    /** Areas of the given kinds valid on the date (all kinds when the set is empty). */
    List<AreaSummary> areas(LocalDate date, Set<AreaKind> kinds);

    /** For every area of the given kinds valid on the date, who held the position that day. */
    List<AreaPosition> positions(LocalDate date, PositionKind position, Set<AreaKind> kinds);

    /** Units of the given kinds valid on the date, with their workers and party organisation that day. */
    List<UnitSummary> units(LocalDate date, Set<UnitKind> kinds);

    /** Population of all areas of the territory for the year; empty when any figure is missing. */
    OptionalLong population(int year);

    /**
     * Population of one area for the year (for per-committee drill-downs); empty when it is not
     * recorded or the area lies outside the territory.
     *
     * @since 1.1
     */
    default OptionalLong areaPopulation(long areaId, int year) {
        return OptionalLong.empty();
    }
}
