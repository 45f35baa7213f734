package vn.dangbo.portal.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.testkit.model.Area;
import vn.dangbo.portal.testkit.model.Move;
import vn.dangbo.portal.testkit.model.Notice;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.OrgRating;
import vn.dangbo.portal.testkit.model.Plan;
import vn.dangbo.portal.testkit.model.PositionHolding;
import vn.dangbo.portal.testkit.model.Unit;

/**
 * Builds a {@link Fixture} step by step. Every {@code add()} returns the new record's id, which later
 * steps refer to; ids are unique across all kinds of record. References are checked in {@link #build()}.
 *
 * <pre>{@code
 * FixtureBuilder b = Fixture.builder("can-tho");
 * long city = b.organisation("TU", "Đảng bộ thành phố Cần Thơ", OrganisationType.PROVINCIAL_COMMITTEE).add();
 * long ward = b.organisation("P1", "Đảng bộ phường An Hòa", OrganisationType.DIRECT_COMMITTEE).parent(city).add();
 * long a = b.person("Nguyễn Văn A", LocalDate.of(1995, 3, 10)).admitted(LocalDate.of(2024, 5, 2), ward).add();
 * EvaluationContext context = b.build().context("can-tho", 2024);
 * }</pre>
 */
public final class FixtureBuilder {

    private final String defaultProvince;
    private long nextId = 1;
    private final Map<Long, OrgBuilder> organisations = new LinkedHashMap<>();
    private final Map<Long, Area> areas = new LinkedHashMap<>();
    private final Map<Long, Unit> units = new LinkedHashMap<>();
    private final Map<Long, PersonBuilder> people = new LinkedHashMap<>();
    private final List<PositionHolding> holdings = new ArrayList<>();
    private final List<OrgRating> orgRatings = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Map<String, Set<String>> mergers = new HashMap<>(mergersOf2025());
    private int certificateValidityYears = 5;

    FixtureBuilder(String defaultProvince) {
        this.defaultProvince = Objects.requireNonNull(defaultProvince, "defaultProvince");
    }

    /** The four mergers of 1 July 2025 that concern the programs (each merged province keeps its code). */
    public static Map<String, Set<String>> mergersOf2025() {
        return Map.of(
                "can-tho", Set.of("can-tho", "soc-trang", "hau-giang"),
                "hai-phong", Set.of("hai-phong", "hai-duong"),
                "khanh-hoa", Set.of("khanh-hoa", "ninh-thuan"),
                "dong-thap", Set.of("dong-thap", "tien-giang"));
    }

    long nextId() {
        return nextId++;
    }

    String defaultProvince() {
        return defaultProvince;
    }

    // ---- organisations, areas, units -------------------------------------------------------------

    public OrgBuilder organisation(String code, String name, OrganisationType type) {
        return new OrgBuilder(this, code, name, type);
    }

    long register(OrgBuilder org) {
        long id = nextId();
        organisations.put(id, org);
        return id;
    }

    /** Closes an organisation on its last day; its admissions, plans and quotas pass to the successors. */
    public FixtureBuilder closed(long organisationId, LocalDate lastDay, long... successorIds) {
        OrgBuilder org = organisations.get(organisationId);
        if (org == null) {
            throw new IllegalArgumentException("closed(): no organisation with id " + organisationId);
        }
        org.validTo(lastDay);
        for (long successor : successorIds) {
            org.successor(successor);
        }
        return this;
    }

    public AreaBuilder area(String code, String name, AreaKind kind) {
        return new AreaBuilder(this, code, name, kind);
    }

    long register(Area area) {
        areas.put(area.id(), area);
        return area.id();
    }

    public UnitBuilder unit(String code, String name, UnitKind kind) {
        return new UnitBuilder(this, code, name, kind);
    }

    long register(Unit unit) {
        units.put(unit.id(), unit);
        return unit.id();
    }

    // ---- people ------------------------------------------------------------------------------------

    public PersonBuilder person(String name, LocalDate birthDate) {
        return new PersonBuilder(this, name, birthDate);
    }

    long register(PersonBuilder person) {
        long id = nextId();
        people.put(id, person);
        return id;
    }

    /** A person holds an area position (head, Front committee head) from one day to another (null: still). */
    public FixtureBuilder holder(long areaId, PositionKind kind, long personId, LocalDate from, LocalDate to) {
        holdings.add(new PositionHolding(areaId, kind, personId, from, to));
        return this;
    }

    // ---- records of party work ----------------------------------------------------------------------

    public FixtureBuilder orgRating(long organisationId, int year, RatingGrade grade) {
        orgRatings.add(new OrgRating(organisationId, year, grade));
        return this;
    }

    /** An admission plan for one year, with its quota (null: a plan without a quota). */
    public FixtureBuilder yearPlan(long organisationId, int year, Integer quota) {
        plans.add(new Plan(organisationId, year, year, false, quota));
        return this;
    }

    /** An admission plan for a term, with its quota for the whole term (null: none set). */
    public FixtureBuilder termPlan(long organisationId, int fromYear, int toYear, Integer quota) {
        plans.add(new Plan(organisationId, fromYear, toYear, true, quota));
        return this;
    }

    /** A candidate moved away from an organisation; returns the move's id for {@link #notice}. */
    public long candidateMove(long personId, long fromOrganisationId, String toName, LocalDate date) {
        long id = nextId();
        moves.add(new Move(id, personId, fromOrganisationId, toName, date));
        return id;
    }

    /** An organisation issued a notice for a move, acknowledged by the destination or not. */
    public FixtureBuilder notice(long moveId, long organisationId, LocalDate date, boolean acknowledged) {
        notices.add(new Notice(moveId, organisationId, date, acknowledged));
        return this;
    }

    // ---- platform settings --------------------------------------------------------------------------

    public FixtureBuilder publicHoliday(LocalDate... days) {
        holidays.addAll(Arrays.asList(days));
        return this;
    }

    public FixtureBuilder certificateValidityYears(int years) {
        if (years < 1) {
            throw new IllegalArgumentException("certificateValidityYears must be at least 1, was " + years);
        }
        this.certificateValidityYears = years;
        return this;
    }

    /** Replaces the provinces merged into one (the merged province's own code included). */
    public FixtureBuilder merger(String mergedProvince, String... formerProvinces) {
        Set<String> former = new HashSet<>(Arrays.asList(formerProvinces));
        former.add(mergedProvince);
        mergers.put(mergedProvince, former);
        return this;
    }

    /** The fixture; fails with a clear message when a record refers to one that does not exist. */
    public Fixture build() {
        Map<Long, Org> orgs = new TreeMap<>();
        organisations.forEach((id, org) -> orgs.put(id, org.toRecord(id)));
        Map<Long, vn.dangbo.portal.testkit.model.Person> persons = new TreeMap<>();
        people.forEach((id, person) -> persons.put(id, person.toRecord(id)));
        Fixture fixture = new Fixture(orgs, areas, units, persons, holdings, orgRatings, plans, moves, notices,
                holidays, certificateValidityYears, mergers);
        new FixtureCheck(fixture).run();
        return fixture;
    }
}
