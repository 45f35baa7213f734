package vn.dangbo.portal.it.core;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.portal.it.core.CoreFixture.d;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.BranchLeadership;
import vn.dangbo.portal.api.query.CandidateMove;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.api.query.ProbationCohort;
import vn.dangbo.portal.api.query.TaskCoverage;
import vn.dangbo.portal.core.area.AreaRegistry;
import vn.dangbo.portal.core.error.RuleViolationException;
import vn.dangbo.portal.core.evaluation.EvaluationContextService;
import vn.dangbo.portal.core.organisation.OrganisationRegistry;
import vn.dangbo.portal.core.person.EventData;
import vn.dangbo.portal.core.person.Gender;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.person.MembershipRecorder;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.person.PersonRegistry;
import vn.dangbo.portal.core.rating.RatingRecorder;
import vn.dangbo.portal.core.unit.UnitRegistry;
import vn.dangbo.portal.core.work.AdmissionPlanRecorder;
import vn.dangbo.portal.core.work.AwayRecorder;
import vn.dangbo.portal.core.work.CandidateHandover;
import vn.dangbo.portal.core.work.CommitteeRecorder;
import vn.dangbo.portal.core.work.TaskRecorder;
import vn.dangbo.portal.it.PortalDeployment;

/**
 * The query services of the plugin API on a small hand-computed province (see {@link CoreFixture}),
 * built through the write services: membership counting, the 2025 merger, admissions through
 * successors, ratings, work records, and the evaluation context called from another thread.
 */
@ExtendWith(ArquillianExtension.class)
class CoreStatisticsIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(CoreStatisticsIT.class, CoreFixture.class);
    }

    /** Built once per deployment: the test instance is new for every test. */
    private static CoreFixture fixture;

    @PersistenceContext(unitName = "portal")
    EntityManager em;
    @Resource
    UserTransaction tx;
    @Inject
    CurrentUser currentUser;

    @EJB
    OrganisationRegistry orgs;
    @EJB
    AreaRegistry areas;
    @EJB
    UnitRegistry units;
    @EJB
    PersonRegistry people;
    @EJB
    MembershipRecorder membership;
    @EJB
    RatingRecorder ratings;
    @EJB
    CommitteeRecorder committees;
    @EJB
    TaskRecorder tasks;
    @EJB
    AdmissionPlanRecorder plans;
    @EJB
    CandidateHandover handover;
    @EJB
    AwayRecorder away;
    @EJB
    EvaluationContextService contexts;

    private CoreFixture f;

    @BeforeEach
    void buildFixtureOnce() throws Exception {
        synchronized (CoreStatisticsIT.class) {
            if (fixture == null) {
                CoreFixture built = new CoreFixture();
                built.build(em, tx, orgs, areas, units, people, membership, ratings, committees, tasks, plans,
                        handover, away, currentUser);
                fixture = built;
            }
        }
        f = fixture;
    }

    private EvaluationContext context(int year) {
        return contexts.create(Territory.formerProvince(f.p), year);
    }

    @Test
    void membershipCountsTransferOutThenInAndTheExitDay() {
        var members = context(2024).members();
        assertEquals(4, members.membersAt(d("2023-12-31")), "T, H, Dd, Rm");
        assertEquals(6, members.membersAt(d("2024-05-31")), "+ A, Bp");
        assertEquals(6, members.membersAt(d("2024-06-01")), "T still counts on the day of the transfer out");
        assertEquals(5, members.membersAt(d("2024-07-01")), "between transfer out and in T counts nowhere");
        assertEquals(members.membersAt(d("2024-12-31")) + 1, members.membersAt(d("2024-11-30")),
                "Dd counts on the day of death");
        assertEquals(5, members.membersAt(d("2024-12-31")), "A, Bp, T, H, Rm");
        assertEquals(6, members.membersAt(d("2025-12-31")), "A, Bp, E, Cm, T, H");
    }

    @Test
    void aTemporarilyHostedMemberCountsAtHomeNeverAtTheHost() {
        EvaluationContext host = contexts.create(Territory.formerProvince(f.q), 2024);
        assertEquals(1, host.members().membersAt(d("2024-12-31")), "only Qm; H is hosted, not counted");
        assertTrue(context(2024).members().membersAt(d("2024-12-31")) == 5, "H counted at home in P");
    }

    @Test
    void mergedTerritoryAddsTheMergedProvinceOnlyAfterTheMerger() {
        // programs.md: "the merged province as it stands on 31/12/Y", for every date the evaluation of Y reads.
        Territory territory = new Territory(f.p, Territory.Mode.MERGED_PROVINCE);
        var merged = contexts.create(territory, 2025).members();
        assertEquals(7, merged.membersAt(d("2025-12-31")), "P's 6 and Qm");
        assertEquals(6, merged.membersAt(d("2024-12-31")), "the 2025 territory at the end of 2024: P's 5 and Qm");
        assertEquals(5, contexts.create(territory, 2024).members().membersAt(d("2024-12-31")),
                "Q was not part of P in 2024");
    }

    @Test
    void membersPerCommitteeFollowTheStructureOfTheYear() {
        var members = context(2025).members();
        assertEquals(List.of(new KeyCount(Long.toString(f.d1), 5)), members.membersByCommittee(d("2024-12-31")));
        assertEquals(List.of(new KeyCount(Long.toString(f.c1), 6)), members.membersByCommittee(d("2025-12-31")),
                "members left at the closed B1 follow it to B2 and C1");
    }

    @Test
    void admissionsOfAClosedOrganisationCountForItIn2024AndPassToTheSuccessorIn2025() {
        var admissions = context(2025).admissions();
        assertEquals(2, admissions.count(d("2024-01-01"), d("2024-12-31")));
        assertEquals(2, admissions.count(d("2025-01-01"), d("2025-12-31")));
        assertEquals(List.of(new KeyCount(Long.toString(f.b1), 2)),
                admissions.countBy(d("2024-01-01"), d("2024-12-31"), AdmissionDimension.ORGANISATION));
        assertEquals(List.of(new KeyCount(Long.toString(f.d1), 2)),
                admissions.countBy(d("2024-01-01"), d("2024-12-31"), AdmissionDimension.COMMITTEE));
        assertEquals(List.of(new KeyCount(Long.toString(f.b2), 2)),
                admissions.countBy(d("2025-01-01"), d("2025-12-31"), AdmissionDimension.ORGANISATION),
                "E (by B1 before it closed) and Cm (by B2)");
        assertEquals(List.of(new KeyCount(Long.toString(f.c1), 2)),
                admissions.countBy(d("2025-01-01"), d("2025-12-31"), AdmissionDimension.COMMITTEE));
    }

    @Test
    void admissionsByAgeOccupationAndReligionAtTheDecision() {
        var admissions = context(2024).admissions();
        LocalDate from = d("2024-01-01");
        LocalDate to = d("2024-12-31");
        assertEquals(List.of(new KeyCount("OTHER", 1), new KeyCount("YOUTH", 1)),
                admissions.countBy(from, to, AdmissionDimension.AGE_BAND));
        assertEquals(List.of(new KeyCount("COMPANY_WORKER", 1), new KeyCount("STUDENT", 1)),
                admissions.countBy(from, to, AdmissionDimension.OCCUPATION));
        assertEquals(List.of(new KeyCount("NONE", 1), new KeyCount("RELIGIOUS", 1)),
                admissions.countBy(from, to, AdmissionDimension.RELIGION));
        assertEquals(List.of(new KeyCount("2024", 2), new KeyCount("2025", 2)),
                admissions.countBy(from, d("2025-12-31"), AdmissionDimension.YEAR));
    }

    @Test
    void exitsAndProbationCohort() {
        var members = context(2025).members();
        assertEquals(Map.of(ExitKind.DEATH, 1L), members.exits(d("2024-01-01"), d("2024-12-31")));
        assertEquals(Map.of(ExitKind.REMOVAL, 1L), members.exits(d("2025-01-01"), d("2025-12-31")));
        assertEquals(new ProbationCohort(2, 1, 1, 0), members.probationCohort(2025),
                "A recognised 2 days after the 12 months; Bp still waiting");
        assertEquals(new ProbationCohort(0, 0, 0, 0), members.probationCohort(2024));
    }

    @Test
    void directoryShowsTheStructureOfEachYear() {
        var directory = context(2025).directory();
        List<OrganisationSummary> y2024 = directory.organisations(d("2024-12-31"));
        assertEquals(List.of(f.pc, f.d1, f.b1, f.u1), y2024.stream().map(OrganisationSummary::id).toList());
        assertEquals(Long.valueOf(f.d1), y2024.get(3).committeeId());
        List<OrganisationSummary> y2025 = directory.organisations(d("2025-12-31"));
        assertEquals(List.of(f.pc, f.c1, f.b2, f.u1), y2025.stream().map(OrganisationSummary::id).toList());
        assertEquals(Long.valueOf(f.c1), y2025.get(3).parentId());
        OrganisationSummary closed = y2024.get(2);
        assertEquals(List.of(f.b2), closed.successorIds());
        assertEquals(List.of(f.hamlet), closed.areaIds());
    }

    @Test
    void positionsUnitsAndPopulation() {
        var directory = context(2024).directory();
        List<AreaPosition> heads = directory.positions(d("2024-12-31"), PositionKind.AREA_HEAD, Set.of(AreaKind.HAMLET));
        assertEquals(1, heads.size());
        assertFalse(heads.get(0).vacant());
        assertTrue(heads.get(0).holderIsMember());
        assertFalse(directory.positions(d("2024-07-01"), PositionKind.AREA_HEAD, Set.of(AreaKind.HAMLET)).get(0)
                .holderIsMember(), "T is between transfers on 1/7/2024: a member nowhere");
        assertTrue(directory.positions(d("2024-12-31"), PositionKind.FRONT_COMMITTEE_HEAD, Set.of(AreaKind.HAMLET))
                .get(0).vacant());
        List<UnitSummary> companies = directory.units(d("2024-12-31"), Set.of(UnitKind.PRIVATE_COMPANY));
        assertEquals(1, companies.size());
        assertEquals(Integer.valueOf(60), companies.get(0).stableWorkers());
        assertEquals(Long.valueOf(f.u1), companies.get(0).partyOrganisationId());
        assertEquals(1, companies.get(0).membersEmployed(), "Bp");
        assertEquals(Integer.valueOf(85),
                directory.units(d("2025-12-31"), Set.of(UnitKind.PRIVATE_COMPANY)).get(0).stableWorkers());
        assertEquals(OptionalLong.of(10_000), directory.population(2024));
        assertEquals(OptionalLong.empty(), directory.population(2023));
        assertEquals(3, directory.areas(d("2024-12-31"), Set.of()).size());
    }

    @Test
    void populationOfOneAreaAndMembersByOccupation() {
        var directory = context(2024).directory();
        assertEquals(OptionalLong.of(10_000), directory.areaPopulation(f.commune, 2024));
        assertEquals(OptionalLong.empty(), directory.areaPopulation(f.commune, 2023));
        assertEquals(OptionalLong.empty(), directory.areaPopulation(f.hamlet, 2024), "no figure recorded");

        var members = context(2024).members();
        List<KeyCount> byOccupation = members.membersByOccupation(d("2024-12-31"));
        assertEquals(members.membersAt(d("2024-12-31")), byOccupation.stream().mapToLong(KeyCount::count).sum(),
                "every member counted once");
        assertTrue(byOccupation.contains(new KeyCount("STUDENT", 1)), "A: " + byOccupation);
        assertTrue(byOccupation.contains(new KeyCount("COMPANY_WORKER", 1)), "Bp: " + byOccupation);
        assertTrue(byOccupation.stream().noneMatch(k -> k.key().equals("HOUSEHOLD_BUSINESS_WORKER")),
                "W is not a member: " + byOccupation);
    }

    @Test
    void ratingsCountForTheRecordTheyName() {
        var ratingStats = context(2024).ratings();
        List<OrganisationRating> orgRatings = ratingStats.organisationRatings(2024);
        assertEquals(List.of(f.b1, f.u1), orgRatings.stream().map(OrganisationRating::organisationId).toList());
        assertEquals(RatingGrade.GOOD, orgRatings.get(0).grade());
        List<GradeCounts> memberRatings = ratingStats.memberRatings(2024);
        assertEquals(List.of(new GradeCounts(f.b1, "Chi bộ ấp Một", 1, 1, 1, 0)), memberRatings);
        assertTrue(ratingStats.organisationRatings(2025).isEmpty());
    }

    @Test
    void workRecords() {
        var work = context(2024).workRecords();
        List<BranchLeadership> leadership = work.residentialBranchLeadership(d("2024-12-31"));
        assertEquals(1, leadership.size());
        assertEquals(new BranchLeadership(f.b1, "Chi bộ ấp Một", Set.of(AreaKind.HAMLET), true, true, 39),
                leadership.get(0));
        TaskCoverage tasksOf2024 = context(2024).members().taskCoverage(2024);
        assertEquals(5, tasksOf2024.members());
        assertEquals(2, tasksOf2024.withTask());
        assertTrue(tasksOf2024.recordsExist());
        assertEquals(List.of(new TaskCoverage.CommitteeShare(f.d1, "Đảng bộ huyện Một", 5, 2)), tasksOf2024.byCommittee());
        assertFalse(context(2023).members().taskCoverage(2023).recordsExist());
        assertEquals(List.of(new CommitteePlan(f.d1, "Đảng bộ huyện Một", true, 2, List.of())), work.admissionPlans(2024));
        assertEquals(List.of(new CommitteePlan(f.c1, "Đảng bộ xã Mới", true, 4,
                List.of(new CommitteePlan.TermPlan(2025, 2030, 20)))), work.admissionPlans(2025),
                "D1's plan for 2025 passed to C1 with the merger");
        List<CandidateMove> moves = work.candidateMoves(2024);
        assertEquals(1, moves.size());
        assertTrue(moves.get(0).notified());
        assertTrue(moves.get(0).acknowledged());
        assertEquals("Hà Nội", moves.get(0).toName());
        assertEquals(new vn.dangbo.portal.api.query.AwayMembers(1, 1), context(2024).members().awayMembers(2024));
        assertEquals(List.of(new vn.dangbo.portal.api.query.BranchReferral(f.b1, "Chi bộ ấp Một", 1, 1)),
                work.residentialReferrals(2024));
    }

    @Test
    void theContextWorksFromAThreadThePluginMade() throws Exception {
        EvaluationContext context = context(2024);
        long members = CompletableFuture.supplyAsync(() -> context.members().membersAt(context.yearEnd()),
                runnable -> new Thread(runnable, "plugin-thread").start()).get(30, TimeUnit.SECONDS);
        assertEquals(5, members);
        assertEquals(2024, context.year());
    }

    @Test
    void aRuleViolationReachesTheCallerWithItsFieldAndChangesNothing() {
        long young = people.create(f.p + "-young-" + System.nanoTime(), new PersonDetails("Trẻ Quá", d("2006-07-01"),
                Gender.FEMALE, "Kinh", null, "12/12", null, true, null, null));
        membership.record(young, EventData.of(MembershipEventKind.AWARENESS_CERTIFICATE, d("2024-01-10"), null));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> membership.record(young,
                EventData.of(MembershipEventKind.ADMISSION, d("2024-06-30"), f.b1)));
        assertEquals("eventDate", refused.field());
        assertTrue(refused.reason().contains("17 tuổi 11 tháng"), refused.reason());
        assertEquals(1, membership.events(young).size(), "the refused admission was rolled back");
        assertEquals(2, context(2024).admissions().count(d("2024-01-01"), d("2024-12-31")));
        assertThrows(RuleViolationException.class, () -> membership.record(f.bp,
                EventData.of(MembershipEventKind.RECOGNITION, d("2025-05-19"), f.b1)), "one day before 12 months");
    }
}
