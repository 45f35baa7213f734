package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.Person;

/**
 * {@link RatingStatistics} over a fixture. A rating counts for the record it names and never passes
 * to a successor; member ratings count for the grassroots organisation above the member's home on
 * 31/12 (or above the organisation the rating names).
 */
final class InMemoryRatingStatistics implements RatingStatistics {

    private final Scope scope;

    InMemoryRatingStatistics(Scope scope) {
        this.scope = scope;
    }

    @Override
    public List<OrganisationRating> organisationRatings(int year) {
        return scope.fixture().orgRatings().stream()
                .filter(r -> r.year() == year)
                .map(r -> new Rated(scope.org(r.organisationId()), r.grade()))
                .filter(r -> r.org().type().isGrassroots() && scope.inTerritory(r.org().formerProvince()))
                .map(r -> new OrganisationRating(r.org().id(), r.org().name(), r.org().type(), r.grade()))
                .toList();
    }

    @Override
    public List<GradeCounts> memberRatings(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<Long, Map<RatingGrade, Long>> counts = new TreeMap<>();
        Map<Long, String> names = new TreeMap<>();
        scope.people().forEach(person -> person.events(Event.MemberRating.class)
                .filter(r -> r.year() == year)
                .forEach(r -> {
                    Org grassroots = grassrootsFor(person, r, yearEnd);
                    if (grassroots != null && scope.inTerritory(grassroots.formerProvince())) {
                        names.put(grassroots.id(), grassroots.name());
                        counts.computeIfAbsent(grassroots.id(), k -> new EnumMap<>(RatingGrade.class))
                                .merge(r.grade(), 1L, Long::sum);
                    }
                }));
        return counts.entrySet().stream().map(e -> {
            Map<RatingGrade, Long> g = e.getValue();
            return new GradeCounts(e.getKey(), names.get(e.getKey()), g.getOrDefault(RatingGrade.EXCELLENT, 0L),
                    g.getOrDefault(RatingGrade.GOOD, 0L), g.getOrDefault(RatingGrade.COMPLETED, 0L),
                    g.getOrDefault(RatingGrade.NOT_COMPLETED, 0L));
        }).toList();
    }

    private Org grassrootsFor(Person person, Event.MemberRating rating, LocalDate yearEnd) {
        Long org = rating.organisationId() != null ? rating.organisationId()
                : scope.membership(person).lastHomeUpTo(yearEnd);
        return org == null ? null : scope.grassrootsOf(org, yearEnd);
    }

    private record Rated(Org org, RatingGrade grade) {
    }
}
