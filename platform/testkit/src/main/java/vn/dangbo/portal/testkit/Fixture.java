package vn.dangbo.portal.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.testkit.memory.InMemoryEvaluationContext;
import vn.dangbo.portal.testkit.model.Area;
import vn.dangbo.portal.testkit.model.Move;
import vn.dangbo.portal.testkit.model.Notice;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.OrgRating;
import vn.dangbo.portal.testkit.model.Person;
import vn.dangbo.portal.testkit.model.Plan;
import vn.dangbo.portal.testkit.model.PositionHolding;
import vn.dangbo.portal.testkit.model.Unit;

/**
 * An immutable in-memory world for plugin tests. Build one with {@link #builder(String)}; evaluate a
 * program against it with {@link #context(Territory, int)}.
 *
 * @param organisations           party organisations by id
 * @param areas                   administrative areas by id
 * @param units                   economic units and private schools by id
 * @param people                  people by id
 * @param holdings                who held which area position when
 * @param orgRatings              yearly ratings of organisations
 * @param plans                   admission plans (yearly and term)
 * @param moves                   candidates' recorded moves
 * @param notices                 notices issued for those moves
 * @param publicHolidays          days that are not working days
 * @param certificateValidityYears how long an awareness certificate stays valid
 * @param mergers                 the provinces each merged province took in on 1 July 2025 (itself included)
 */
public record Fixture(Map<Long, Org> organisations, Map<Long, Area> areas, Map<Long, Unit> units,
        Map<Long, Person> people, List<PositionHolding> holdings, List<OrgRating> orgRatings, List<Plan> plans,
        List<Move> moves, List<Notice> notices, Set<LocalDate> publicHolidays, int certificateValidityYears,
        Map<String, Set<String>> mergers) {

    public Fixture {
        organisations = Map.copyOf(organisations);
        areas = Map.copyOf(areas);
        units = Map.copyOf(units);
        people = Map.copyOf(people);
        holdings = List.copyOf(holdings);
        orgRatings = List.copyOf(orgRatings);
        plans = List.copyOf(plans);
        moves = List.copyOf(moves);
        notices = List.copyOf(notices);
        publicHolidays = Set.copyOf(publicHolidays);
        mergers = Map.copyOf(mergers);
    }

    /** A builder whose records belong to this province (before 1 July 2025) unless told otherwise. */
    public static FixtureBuilder builder(String defaultProvince) {
        return new FixtureBuilder(defaultProvince);
    }

    /** The platform's view of this world for one territory and year. */
    public EvaluationContext context(Territory territory, int year) {
        return new InMemoryEvaluationContext(this, territory, year);
    }

    /** The default territory of programs.md: the province's own former territory. */
    public EvaluationContext context(String provinceCode, int year) {
        return context(Territory.formerProvince(provinceCode), year);
    }

    public Org organisation(long id) {
        return require(organisations.get(id), "organisation", id);
    }

    public Person person(long id) {
        return require(people.get(id), "person", id);
    }

    public Optional<Area> area(long id) {
        return Optional.ofNullable(areas.get(id));
    }

    public Optional<Unit> unit(long id) {
        return Optional.ofNullable(units.get(id));
    }

    private static <T> T require(T value, String what, long id) {
        if (value == null) {
            throw new IllegalArgumentException("No " + what + " with id " + id + " in the fixture");
        }
        return value;
    }
}
