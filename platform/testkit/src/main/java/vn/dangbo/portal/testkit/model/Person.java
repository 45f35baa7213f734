package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A person of the fixture: candidate, member or neither. Occupation and residence are histories;
 * everything else is an {@link Event}.
 */
public record Person(long id, String name, LocalDate birthDate, boolean religious, List<Dated<Job>> jobs,
        List<Dated<Long>> residences, List<Event> events) {

    public Person {
        jobs = jobs.stream().sorted(Comparator.comparing(Dated::from)).toList();
        residences = residences.stream().sorted(Comparator.comparing(Dated::from)).toList();
        events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
    }

    public <E extends Event> Stream<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    public <E extends Event> Optional<E> first(Class<E> type) {
        return events(type).findFirst();
    }

    public Job jobOn(LocalDate date) {
        return Dated.on(jobs, date);
    }

    public Long residenceOn(LocalDate date) {
        return Dated.on(residences, date);
    }
}
