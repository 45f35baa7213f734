package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.util.Comparator;
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
import vn.dangbo.portal.testkit.model.Area;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.PositionHolding;
import vn.dangbo.portal.testkit.model.Unit;

/** {@link Directory} over a fixture: the structure of the territory on a date. */
final class InMemoryDirectory implements Directory {

    /** The levels whose population figures add up to the territory's (communes and wards). */
    private static final Set<AreaKind> POPULATION_LEVEL = Set.of(AreaKind.COMMUNE, AreaKind.WARD);

    private final Scope scope;

    InMemoryDirectory(Scope scope) {
        this.scope = scope;
    }

    @Override
    public List<OrganisationSummary> organisations(LocalDate date) {
        return scope.organisations(date).stream().map(o -> summary(o, date)).toList();
    }

    private OrganisationSummary summary(Org o, LocalDate date) {
        return new OrganisationSummary(o.id(), o.code(), o.name(), o.type(), o.sector(), o.parentId(),
                scope.committeeOf(o.id(), date), o.formerProvince(), o.validFrom(), o.validTo(), o.successorIds(),
                o.areaIds(), o.unitId());
    }

    @Override
    public List<AreaSummary> areas(LocalDate date, Set<AreaKind> kinds) {
        return areasOn(date, kinds).stream().map(InMemoryDirectory::summary).toList();
    }

    private List<Area> areasOn(LocalDate date, Set<AreaKind> kinds) {
        return scope.fixture().areas().values().stream()
                .filter(a -> a.validOn(date) && scope.inTerritory(a.formerProvince()))
                .filter(a -> kinds.isEmpty() || kinds.contains(a.kind()))
                .sorted(Comparator.comparingLong(Area::id))
                .toList();
    }

    private static AreaSummary summary(Area a) {
        return new AreaSummary(a.id(), a.code(), a.name(), a.kind(), a.parentId(), a.formerProvince(), a.validFrom(),
                a.validTo());
    }

    @Override
    public List<AreaPosition> positions(LocalDate date, PositionKind position, Set<AreaKind> kinds) {
        return areasOn(date, kinds).stream().map(area -> {
            PositionHolding holding = scope.fixture().holdings().stream()
                    .filter(h -> h.areaId() == area.id() && h.kind() == position && h.heldOn(date))
                    .findFirst().orElse(null);
            boolean member = holding != null
                    && scope.isPartyMember(scope.fixture().person(holding.personId()), date);
            return new AreaPosition(summary(area), position, holding == null, member);
        }).toList();
    }

    @Override
    public List<UnitSummary> units(LocalDate date, Set<UnitKind> kinds) {
        return scope.fixture().units().values().stream()
                .filter(u -> u.validOn(date) && scope.inTerritory(u.formerProvince()))
                .filter(u -> kinds.isEmpty() || kinds.contains(u.kind()))
                .sorted(Comparator.comparingLong(Unit::id))
                .map(u -> summary(u, date))
                .toList();
    }

    private UnitSummary summary(Unit u, LocalDate date) {
        Org party = scope.partyOrganisationOf(u, date);
        long employed = scope.people()
                .filter(p -> scope.isPartyMember(p, date))
                .filter(p -> p.jobOn(date) != null && Long.valueOf(u.id()).equals(p.jobOn(date).unitId()))
                .count();
        return new UnitSummary(u.id(), u.code(), u.name(), u.kind(), u.areaId(), u.formerProvince(), u.workersOn(date),
                party == null ? null : party.id(), employed, u.validFrom(), u.validTo());
    }

    /**
     * The sum of the year's population of the communes and wards of the territory valid on 31/12;
     * empty when there are none or any of them lacks the figure.
     */
    @Override
    public OptionalLong population(int year) {
        List<Area> level = areasOn(LocalDate.of(year, 12, 31), POPULATION_LEVEL);
        if (level.isEmpty() || level.stream().anyMatch(a -> !a.population().containsKey(year))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(level.stream().mapToLong(a -> a.population().get(year)).sum());
    }

    @Override
    public OptionalLong areaPopulation(long areaId, int year) {
        return scope.fixture().area(areaId)
                .filter(a -> scope.inTerritory(a.formerProvince()) && a.population().containsKey(year))
                .map(a -> OptionalLong.of(a.population().get(year)))
                .orElse(OptionalLong.empty());
    }
}
