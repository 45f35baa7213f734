package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.Person;
import vn.dangbo.portal.testkit.model.Unit;

/**
 * The rules every query service shares: which records belong to the territory, how an organisation
 * is followed through its successors, where a member counts on a date.
 */
final class Scope {

    private final Fixture fixture;
    private final Territory territory;
    private final Set<String> provinces;
    private final Map<Long, Membership> memberships = new HashMap<>();
    private final WorkingDays workingDays;

    /** The day the 2025 mergers took effect ({@link Fixture#mergers()}). */
    static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

    /**
     * The territory as it stands on 31/12 of the year evaluated (programs.md): in the merged reading
     * the provinces merged into it count only in evaluations of a year that ends after the merger,
     * for every date those evaluations look at.
     */
    Scope(Fixture fixture, Territory territory, int year) {
        this.fixture = fixture;
        this.territory = territory;
        boolean merged = territory.mode() == Territory.Mode.MERGED_PROVINCE
                && !LocalDate.of(year, 12, 31).isBefore(MERGER_DAY);
        this.provinces = merged
                ? fixture.mergers().getOrDefault(territory.provinceCode(), Set.of(territory.provinceCode()))
                : Set.of(territory.provinceCode());
        fixture.people().values().forEach(p -> memberships.put(p.id(), new Membership(p)));
        this.workingDays = new WorkingDays(fixture.publicHolidays());
    }

    Fixture fixture() {
        return fixture;
    }

    Territory territory() {
        return territory;
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    /** Whether a record of this former province belongs to the territory. */
    boolean inTerritory(String formerProvince) {
        return provinces.contains(formerProvince);
    }

    Org org(long id) {
        return fixture.organisation(id);
    }

    /**
     * The organisation that stands for this one on the date: itself while valid, else its first
     * successor (followed on), or itself when it closed without one.
     */
    Org resolve(long organisationId, LocalDate date) {
        Org org = org(organisationId);
        Set<Long> seen = new HashSet<>();
        while (org.closedBefore(date) && !org.successorIds().isEmpty() && seen.add(org.id())) {
            org = org(org.successorIds().get(0));
        }
        return org;
    }

    /** The organisation and every successor that took over from it, directly or not. */
    Set<Long> successorChain(long organisationId) {
        Set<Long> chain = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(organisationId));
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            if (chain.add(id)) {
                todo.addAll(org(id).successorIds());
            }
        }
        return chain;
    }

    /**
     * The committee directly under the provincial committee the organisation belongs to on the date;
     * null when the organisation closed without successor (it drops out of per-organisation figures).
     */
    Long committeeOf(long organisationId, LocalDate date) {
        Org org = resolve(organisationId, date);
        if (!org.validOn(date)) {
            return null;
        }
        Set<Long> seen = new HashSet<>();
        while (seen.add(org.id())) {
            if (org.type() == OrganisationType.DIRECT_COMMITTEE) {
                return org.validOn(date) ? org.id() : null;
            }
            if (org.type() == OrganisationType.PROVINCIAL_COMMITTEE || org.parentId() == null) {
                return null;
            }
            org = resolve(org.parentId(), date);
        }
        return null;
    }

    /** The grassroots organisation (đảng bộ or chi bộ cơ sở) at or above the organisation on the date. */
    Org grassrootsOf(long organisationId, LocalDate date) {
        Org org = resolve(organisationId, date);
        Set<Long> seen = new HashSet<>();
        while (seen.add(org.id())) {
            if (org.type().isGrassroots()) {
                return org;
            }
            if (org.parentId() == null) {
                return null;
            }
            org = resolve(org.parentId(), date);
        }
        return null;
    }

    /** Organisations of the territory valid on the date, parents before children. */
    List<Org> organisations(LocalDate date) {
        return fixture.organisations().values().stream()
                .filter(o -> o.validOn(date) && inTerritory(o.formerProvince()))
                .sorted(Comparator.comparingInt(this::depth).thenComparingLong(Org::id))
                .toList();
    }

    /** Residential branches (branches and chi bộ cơ sở of sector residential) of the territory on the date. */
    List<Org> residentialBranches(LocalDate date) {
        return organisations(date).stream()
                .filter(o -> o.sector() == Sector.RESIDENTIAL)
                .filter(o -> o.type() == OrganisationType.BRANCH || o.type() == OrganisationType.GRASSROOTS_BRANCH)
                .toList();
    }

    int depth(Org org) {
        int depth = 0;
        Org current = org;
        while (current.parentId() != null && depth < 32) {
            current = org(current.parentId());
            depth++;
        }
        return depth;
    }

    Stream<Person> people() {
        return fixture.people().values().stream();
    }

    Membership membership(Person person) {
        return memberships.get(person.id());
    }

    boolean isPartyMember(Person person, LocalDate date) {
        return membership(person).isPartyMember(date);
    }

    /**
     * Where the member counts on the date if that is in the territory: the home organisation followed
     * through its successors to the date; null when the person counts nowhere or elsewhere.
     */
    Org homeInTerritory(Person person, LocalDate date) {
        Long home = membership(person).homeOn(date);
        return home == null ? null : inTerritory(resolve(home, date));
    }

    /** The last organisation the member counted at up to the date, if that lies in the territory. */
    Org lastHomeInTerritory(Person person, LocalDate date) {
        Long home = membership(person).lastHomeUpTo(date);
        return home == null ? null : inTerritory(resolve(home, date));
    }

    /** Whether the person counted at an organisation of the territory on at least one day of the period. */
    boolean memberOfTerritoryDuring(Person person, LocalDate from, LocalDate to) {
        return membership(person).homes().stream()
                .anyMatch(s -> s.overlaps(from, to) && inTerritory(resolve(s.organisationId(), to)) != null);
    }

    /** Whether a party organisation (of any territory) is set up in the unit on the date. */
    Org partyOrganisationOf(Unit unit, LocalDate date) {
        return fixture.organisations().values().stream()
                .filter(o -> unit.id() == (o.unitId() == null ? -1 : o.unitId()) && o.validOn(date))
                .min(Comparator.comparingLong(Org::id))
                .orElse(null);
    }

    <E extends Event> Stream<E> events(Class<E> type) {
        return people().flatMap(p -> p.events(type));
    }

    private Org inTerritory(Org org) {
        return inTerritory(org.formerProvince()) ? org : null;
    }
}
