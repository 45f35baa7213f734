package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.query.BranchLeadership;
import vn.dangbo.portal.api.query.BranchReferral;
import vn.dangbo.portal.api.query.CandidateMove;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.api.query.CommitteeTraining;
import vn.dangbo.portal.api.query.WorkRecords;
import vn.dangbo.portal.testkit.model.CommitteeRole;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Job;
import vn.dangbo.portal.testkit.model.Move;
import vn.dangbo.portal.testkit.model.Notice;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.Person;
import vn.dangbo.portal.testkit.model.Plan;
import vn.dangbo.portal.testkit.model.Unit;

/** {@link WorkRecords} over a fixture. */
final class InMemoryWorkRecords implements WorkRecords {

    private static final Set<OrganisationType> TRAINED_COMMITTEES = EnumSet.of(OrganisationType.BRANCH,
            OrganisationType.PARTIAL_COMMITTEE, OrganisationType.GRASSROOTS_COMMITTEE);

    private final Scope scope;

    InMemoryWorkRecords(Scope scope) {
        this.scope = scope;
    }

    /**
     * Committees valid on 31/12; their members are the people holding a post that day; trained are
     * those with an update course dated in the year. Records exist when anyone who held a post in the
     * territory during the year has a course dated in it.
     */
    @Override
    public List<CommitteeTraining> committeeTraining(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        boolean recordsExist = scope.people()
                .filter(p -> p.events(Event.CommitteePost.class).anyMatch(post -> overlaps(post, start, end)
                        && scope.inTerritory(scope.org(post.organisationId()).formerProvince())))
                .anyMatch(p -> trainedIn(p, year));
        return scope.organisations(end).stream()
                .filter(o -> TRAINED_COMMITTEES.contains(o.type()))
                .map(o -> {
                    List<Person> members = postHolders(o.id(), end, null);
                    long trained = members.stream().filter(p -> trainedIn(p, year)).count();
                    return new CommitteeTraining(o.id(), o.name(), o.type(), members.size(), trained, recordsExist);
                })
                .toList();
    }

    @Override
    public List<BranchLeadership> residentialBranchLeadership(LocalDate date) {
        return scope.residentialBranches(date).stream().map(branch -> {
            Set<AreaKind> kinds = branch.areaIds().stream()
                    .map(id -> scope.fixture().area(id).orElseThrow().kind())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(AreaKind.class)));
            Person secretary = postHolders(branch.id(), date, CommitteeRole.SECRETARY).stream().findFirst()
                    .orElse(null);
            boolean head = secretary != null && scope.fixture().holdings().stream()
                    .anyMatch(h -> h.personId() == secretary.id() && h.kind() == PositionKind.AREA_HEAD
                            && h.heldOn(date) && branch.areaIds().contains(h.areaId()));
            int age = secretary == null ? -1 : Ages.wholeYears(secretary.birthDate(), date);
            return new BranchLeadership(branch.id(), branch.name(), kinds, secretary != null, head, age);
        }).toList();
    }

    /**
     * Committees directly under the provincial committee on 31/12, each with its own plans and those
     * of the organisations that passed to it (their quotas summed).
     */
    @Override
    public List<CommitteePlan> admissionPlans(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return scope.organisations(end).stream()
                .filter(o -> o.type() == OrganisationType.DIRECT_COMMITTEE)
                .map(committee -> {
                    List<Plan> plans = scope.fixture().plans().stream()
                            .filter(p -> p.includes(year))
                            .filter(p -> scope.resolve(p.organisationId(), end).id() == committee.id())
                            .toList();
                    List<Plan> yearPlans = plans.stream().filter(p -> !p.term()).toList();
                    Map<String, List<Plan>> terms = plans.stream().filter(Plan::term).collect(Collectors.groupingBy(
                            p -> p.fromYear() + "-" + p.toYear(), LinkedHashMap::new, Collectors.toList()));
                    List<CommitteePlan.TermPlan> termPlans = terms.values().stream()
                            .map(group -> new CommitteePlan.TermPlan(group.get(0).fromYear(), group.get(0).toYear(),
                                    sumOfQuotas(group)))
                            .toList();
                    return new CommitteePlan(committee.id(), committee.name(), !yearPlans.isEmpty(),
                            sumOfQuotas(yearPlans), termPlans);
                })
                .toList();
    }

    /**
     * Moves dated in the year out of an organisation of the territory, of people not party members
     * that day and holding an awareness certificate valid that day. Notified when the origin or one of
     * its successors issued a notice for the move, on any date.
     */
    @Override
    public List<CandidateMove> candidateMoves(int year) {
        List<CandidateMove> result = new ArrayList<>();
        for (Move move : scope.fixture().moves()) {
            Org from = scope.org(move.fromOrganisationId());
            Person person = scope.fixture().person(move.personId());
            if (move.date().getYear() != year
                    || !scope.inTerritory(scope.resolve(from.id(), move.date()).formerProvince())
                    || scope.isPartyMember(person, move.date()) || !certificateValid(person, move.date())) {
                continue;
            }
            Set<Long> origin = scope.successorChain(from.id());
            List<Notice> notices = scope.fixture().notices().stream()
                    .filter(n -> n.moveId() == move.id() && origin.contains(n.organisationId()))
                    .toList();
            result.add(new CandidateMove(move.id(), from.id(), from.name(), move.toName(), move.date(),
                    !notices.isEmpty(), notices.stream().anyMatch(Notice::acknowledged)));
        }
        return result;
    }

    /**
     * Residential branches on 31/12 with such workers that day or referrals during the year. A "such
     * worker" is a person who is not a party member, lives in one of the branch's areas and works in a
     * private company or household business without a party organisation; a referral is a candidate
     * registration by the branch (or an organisation that passed to it) in the year of a person who
     * was such a worker that day.
     */
    @Override
    public List<BranchReferral> residentialReferrals(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<BranchReferral> result = new ArrayList<>();
        for (Org branch : scope.residentialBranches(end)) {
            long such = scope.people().filter(p -> isSuchWorker(p, branch, end)).count();
            long referred = scope.people().mapToLong(p -> p.events(Event.CandidateRegistration.class)
                    .filter(r -> r.date().getYear() == year)
                    .filter(r -> scope.resolve(r.organisationId(), end).id() == branch.id())
                    .filter(r -> isSuchWorker(p, branch, r.date()))
                    .count()).sum();
            if (such > 0 || referred > 0) {
                result.add(new BranchReferral(branch.id(), branch.name(), such, referred));
            }
        }
        return result;
    }

    private boolean isSuchWorker(Person person, Org branch, LocalDate date) {
        if (scope.isPartyMember(person, date)) {
            return false;
        }
        Long residence = person.residenceOn(date);
        Job job = person.jobOn(date);
        if (residence == null || !branch.areaIds().contains(residence) || job == null || job.unitId() == null) {
            return false;
        }
        Unit unit = scope.fixture().unit(job.unitId()).orElseThrow();
        return unit.kind().isPrivateEconomicUnit() && unit.validOn(date) && scope.partyOrganisationOf(unit, date) == null;
    }

    private List<Person> postHolders(long organisationId, LocalDate date, CommitteeRole role) {
        return scope.people()
                .filter(p -> p.events(Event.CommitteePost.class).anyMatch(post -> post.organisationId() == organisationId
                        && (role == null || post.role() == role) && covers(post, date)))
                .toList();
    }

    private boolean certificateValid(Person person, LocalDate date) {
        int years = scope.fixture().certificateValidityYears();
        return person.events(Event.AwarenessCertificate.class)
                .anyMatch(c -> !c.date().isAfter(date) && date.isBefore(c.date().plusYears(years)));
    }

    private static boolean trainedIn(Person person, int year) {
        return person.events(Event.UpdateCourse.class).anyMatch(c -> c.date().getYear() == year);
    }

    private static Integer sumOfQuotas(List<Plan> plans) {
        List<Integer> quotas = plans.stream().map(Plan::quota).filter(Objects::nonNull).toList();
        return quotas.isEmpty() ? null : quotas.stream().mapToInt(Integer::intValue).sum();
    }

    private static boolean covers(Event.CommitteePost post, LocalDate date) {
        return !date.isBefore(post.date()) && (post.until() == null || !date.isAfter(post.until()));
    }

    private static boolean overlaps(Event.CommitteePost post, LocalDate from, LocalDate to) {
        return !post.date().isAfter(to) && (post.until() == null || !post.until().isBefore(from));
    }
}
