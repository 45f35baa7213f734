package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.query.AwayMembers;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.ProbationCohort;
import vn.dangbo.portal.api.query.TaskCoverage;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Job;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.Person;

/** {@link MemberStatistics} over a fixture, with the membership rules of {@link Membership}. */
final class InMemoryMemberStatistics implements MemberStatistics {

    /** Working days allowed after the 12 months of probation for the recognition. */
    static final int RECOGNITION_DELAY_WORKING_DAYS = 30;

    private final Scope scope;

    InMemoryMemberStatistics(Scope scope) {
        this.scope = scope;
    }

    @Override
    public long membersAt(LocalDate date) {
        return scope.people().filter(p -> scope.homeInTerritory(p, date) != null).count();
    }

    @Override
    public List<KeyCount> membersByCommittee(LocalDate date) {
        Map<Long, Long> counts = scope.people()
                .map(p -> scope.homeInTerritory(p, date))
                .filter(home -> home != null)
                .map(home -> scope.committeeOf(home.id(), date))
                .filter(committee -> committee != null)
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new KeyCount(String.valueOf(e.getKey()), e.getValue())).toList();
    }

    @Override
    public Map<ExitKind, Long> exits(LocalDate from, LocalDate to) {
        Map<ExitKind, Long> exits = new EnumMap<>(ExitKind.class);
        scope.people().forEach(p -> p.events(Event.Exit.class)
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .filter(e -> scope.lastHomeInTerritory(p, e.date()) != null)
                .forEach(e -> exits.merge(e.kind(), 1L, Long::sum)));
        return exits;
    }

    /**
     * Members of the territory flagged as working away on at least one day of the year (and counted
     * in the territory on such a day); requests to leave filed in the year on a day they were flagged.
     */
    @Override
    public AwayMembers awayMembers(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        long flagged = 0;
        long requests = 0;
        for (Person person : scope.people().toList()) {
            List<Event.AwayFlag> flags = person.events(Event.AwayFlag.class)
                    .filter(f -> overlaps(f, start, end))
                    .filter(f -> scope.memberOfTerritoryDuring(person, max(f.date(), start), min(f.until(), end)))
                    .toList();
            if (flags.isEmpty()) {
                continue;
            }
            flagged++;
            requests += person.events(Event.RequestToLeave.class)
                    .filter(r -> r.date().getYear() == year)
                    .filter(r -> flags.stream().anyMatch(f -> within(f, r.date())))
                    .count();
        }
        return new AwayMembers(flagged, requests);
    }

    /**
     * The cohort of the year: members whose 12 months from the ceremony end in the year, counted in
     * the territory on that day (or last before it). On time when recognised by the 30th working day
     * after the 12 months; set aside when they left the party by then without recognition; the rest
     * are overdue (including those still waiting).
     */
    @Override
    public ProbationCohort probationCohort(int year) {
        long cohort = 0;
        long onTime = 0;
        long setAside = 0;
        for (Person person : scope.people().toList()) {
            Optional<Event.Ceremony> ceremony = person.first(Event.Ceremony.class);
            if (ceremony.isEmpty()) {
                continue;
            }
            LocalDate twelveMonths = ceremony.get().date().plusMonths(12);
            if (twelveMonths.getYear() != year || scope.lastHomeInTerritory(person, twelveMonths) == null) {
                continue;
            }
            cohort++;
            LocalDate deadline = scope.workingDays().after(twelveMonths, RECOGNITION_DELAY_WORKING_DAYS);
            Optional<Event.Recognition> recognition = person.first(Event.Recognition.class);
            if (recognition.isPresent() && !recognition.get().date().isAfter(deadline)) {
                onTime++;
            } else if (person.events(Event.Exit.class).anyMatch(e -> !e.date().isAfter(deadline))) {
                setAside++;
            }
        }
        return new ProbationCohort(cohort, onTime, cohort - onTime - setAside, setAside);
    }

    @Override
    public TaskCoverage taskCoverage(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        long members = 0;
        long withTask = 0;
        boolean recordsExist = scope.events(Event.TaskAssignment.class)
                .anyMatch(t -> t.year() == year
                        && scope.inTerritory(scope.resolve(t.organisationId(), end).formerProvince()));
        Map<Long, long[]> byCommittee = new TreeMap<>();
        for (Person person : scope.people().toList()) {
            Org home = scope.homeInTerritory(person, end);
            if (home == null) {
                continue;
            }
            boolean hasTask = person.events(Event.TaskAssignment.class).anyMatch(t -> t.year() == year);
            members++;
            if (hasTask) {
                withTask++;
                recordsExist = true;
            }
            Long committee = scope.committeeOf(home.id(), end);
            if (committee != null) {
                long[] share = byCommittee.computeIfAbsent(committee, k -> new long[2]);
                share[0]++;
                share[1] += hasTask ? 1 : 0;
            }
        }
        List<TaskCoverage.CommitteeShare> shares = byCommittee.entrySet().stream()
                .map(e -> new TaskCoverage.CommitteeShare(e.getKey(), scope.org(e.getKey()).name(), e.getValue()[0],
                        e.getValue()[1]))
                .toList();
        return new TaskCoverage(members, withTask, recordsExist, shares);
    }

    @Override
    public List<KeyCount> membersByOccupation(LocalDate date) {
        Map<String, Long> counts = scope.people()
                .filter(p -> scope.homeInTerritory(p, date) != null)
                .map(p -> {
                    Job job = p.jobOn(date);
                    return job == null ? InMemoryAdmissionStatistics.NONE : job.occupation().name();
                })
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new KeyCount(e.getKey(), e.getValue())).toList();
    }

    private static boolean overlaps(Event.AwayFlag flag, LocalDate from, LocalDate to) {
        return !flag.date().isAfter(to) && (flag.until() == null || !flag.until().isBefore(from));
    }

    private static boolean within(Event.AwayFlag flag, LocalDate day) {
        return !day.isBefore(flag.date()) && (flag.until() == null || !day.isAfter(flag.until()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || a.isAfter(b) ? b : a;
    }
}
