package vn.dangbo.portal.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.query.Directory;
import vn.dangbo.portal.core.statistics.StatisticsQueries;
import vn.dangbo.portal.core.statistics.TerritoryOn;

/** {@link Directory} bound to a territory; every call is a business method of the EJB. */
record BoundDirectory(TerritoryOn territory, StatisticsQueries queries) implements Directory {

    @Override
    public List<OrganisationSummary> organisations(LocalDate date) {
        return queries.organisations(territory, date);
    }

    @Override
    public List<AreaSummary> areas(LocalDate date, Set<AreaKind> kinds) {
        return queries.areas(territory, date, Set.copyOf(kinds));
    }

    @Override
    public List<AreaPosition> positions(LocalDate date, PositionKind position, Set<AreaKind> kinds) {
        return queries.positions(territory, date, position, Set.copyOf(kinds));
    }

    @Override
    public List<UnitSummary> units(LocalDate date, Set<UnitKind> kinds) {
        return queries.units(territory, date, Set.copyOf(kinds));
    }

    @Override
    public OptionalLong population(int year) {
        return queries.population(territory, year);
    }

    @Override
    public OptionalLong areaPopulation(long areaId, int year) {
        return queries.areaPopulation(territory, areaId, year);
    }
}
