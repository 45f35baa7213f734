package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.Person;

/**
 * {@link AdmissionStatistics} over a fixture: admission decisions dated in the period, attributed to
 * the admitting organisation followed through its successors to the period's last day, counted when
 * that organisation belongs to the territory.
 */
final class InMemoryAdmissionStatistics implements AdmissionStatistics {

    /** Key of admissions without a group (no committee on the last day, no occupation recorded). */
    static final String NONE = "NONE";

    private final Scope scope;

    InMemoryAdmissionStatistics(Scope scope) {
        this.scope = scope;
    }

    @Override
    public long count(LocalDate from, LocalDate to) {
        return admissions(from, to).count();
    }

    @Override
    public List<KeyCount> countBy(LocalDate from, LocalDate to, AdmissionDimension dimension) {
        Function<Admitted, String> key = switch (dimension) {
            case ORGANISATION -> a -> String.valueOf(a.organisation().id());
            case COMMITTEE -> a -> {
                Long committee = scope.committeeOf(a.organisation().id(), to);
                return committee == null ? NONE : String.valueOf(committee);
            };
            case OCCUPATION -> a -> a.admission().occupation() == null ? NONE : a.admission().occupation().name();
            case RELIGION -> a -> a.admission().religious() ? "RELIGIOUS" : NONE;
            case AGE_BAND -> a -> Ages.isYouth(a.person().birthDate(), a.admission().date()) ? "YOUTH" : "OTHER";
            case YEAR -> a -> String.valueOf(a.admission().date().getYear());
        };
        Map<String, Long> counts = admissions(from, to)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new KeyCount(e.getKey(), e.getValue())).toList();
    }

    private Stream<Admitted> admissions(LocalDate from, LocalDate to) {
        return scope.people().flatMap(p -> p.events(Event.Admission.class)
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to))
                .map(a -> new Admitted(p, a, scope.resolve(a.organisationId(), to))))
                .filter(a -> scope.inTerritory(a.organisation().formerProvince()));
    }

    private record Admitted(Person person, Event.Admission admission, Org organisation) {
    }
}
