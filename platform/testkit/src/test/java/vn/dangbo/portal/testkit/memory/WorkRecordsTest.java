package vn.dangbo.portal.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.query.BranchLeadership;
import vn.dangbo.portal.api.query.BranchReferral;
import vn.dangbo.portal.api.query.CandidateMove;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.api.query.CommitteeTraining;
import vn.dangbo.portal.api.query.WorkRecords;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;
import vn.dangbo.portal.testkit.model.CommitteeRole;

class WorkRecordsTest {

    private static final LocalDate OLD = LocalDate.of(1970, 1, 1);

    private final FixtureBuilder b = Fixture.builder("dong-thap");
    private final long province = b.organisation("TU", "Tỉnh ủy", OrganisationType.PROVINCIAL_COMMITTEE).add();
    private final long district = b.organisation("H", "Huyện ủy", OrganisationType.DIRECT_COMMITTEE).parent(province)
            .add();
    private final long commune = b.organisation("X", "Đảng ủy xã", OrganisationType.GRASSROOTS_COMMITTEE)
            .parent(district).add();
    private final long hamlet = b.area("A1", "Ấp 1", AreaKind.HAMLET).add();
    private final long branch = b.organisation("CB", "Chi bộ ấp 1", OrganisationType.BRANCH).parent(commune)
            .residential(hamlet).add();

    private WorkRecords records(int year) {
        return b.build().context("dong-thap", year).workRecords();
    }

    private long member(String name, LocalDate born) {
        return b.person(name, born).transferIn(LocalDate.of(2000, 1, 1), branch).add();
    }

    @Test
    void aCommitteeIsTrainedWhenEveryMemberOnYearEndHasTheCourseOfTheYear() {
        b.person("Secretary", OLD).committee(branch, CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1), null)
                .updateCourse(LocalDate.of(2024, 5, 1)).add();
        b.person("Deputy", OLD).committee(branch, CommitteeRole.DEPUTY_SECRETARY, LocalDate.of(2020, 1, 1), null)
                .updateCourse(LocalDate.of(2023, 5, 1)).add();
        // Left the committee before 31/12: not one of its members.
        b.person("Former", OLD).committee(branch, CommitteeRole.MEMBER, LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 30)).add();
        List<CommitteeTraining> training = records(2024).committeeTraining(2024);

        CommitteeTraining cb = training.stream().filter(t -> t.organisationId() == branch).findFirst().orElseThrow();
        assertThat(cb.committeeMembers()).isEqualTo(2);
        assertThat(cb.trained()).isEqualTo(1);
        assertThat(cb.fullyTrained()).isFalse();
        assertThat(cb.recordsExist()).isTrue();
        assertThat(training).extracting(CommitteeTraining::organisationId).containsExactly(commune, branch);
        assertThat(records(2022).committeeTraining(2022)).allMatch(t -> !t.recordsExist());
    }

    @Test
    void theSecretaryIsAlsoHamletHeadWhenHeHoldsTheHeadPostOfOneOfTheBranchAreas() {
        long secretary = b.person("Bí thư", LocalDate.of(1985, 1, 1))
                .committee(branch, CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1), null).add();
        b.holder(hamlet, PositionKind.AREA_HEAD, secretary, LocalDate.of(2021, 1, 1), null);
        BranchLeadership leadership = records(2024).residentialBranchLeadership(LocalDate.of(2024, 12, 31)).get(0);

        assertThat(leadership.secretaryIsAreaHead()).isTrue();
        assertThat(leadership.secretaryAgeYears()).isEqualTo(39);
        assertThat(leadership.areaKinds()).containsExactly(AreaKind.HAMLET);
        assertThat(records(2020).residentialBranchLeadership(LocalDate.of(2020, 12, 31)).get(0).secretaryIsAreaHead())
                .isFalse();
    }

    @Test
    void plansOfAnOrganisationClosedDuringTheYearPassToItsSuccessorSummed() {
        long other = b.organisation("H2", "Huyện ủy 2", OrganisationType.DIRECT_COMMITTEE).parent(province)
                .validTo(LocalDate.of(2025, 6, 30)).add();
        b.closed(district, LocalDate.of(2025, 6, 30));
        long merged = b.organisation("M", "Đảng ủy xã mới", OrganisationType.DIRECT_COMMITTEE).parent(province)
                .validFrom(LocalDate.of(2025, 7, 1)).add();
        b.closed(district, LocalDate.of(2025, 6, 30), merged).closed(other, LocalDate.of(2025, 6, 30), merged);
        b.yearPlan(district, 2025, 30).yearPlan(other, 2025, 20).termPlan(district, 2021, 2025, 100)
                .termPlan(other, 2021, 2025, null).yearPlan(district, 2024, 10);

        List<CommitteePlan> plans = records(2025).admissionPlans(2025);
        assertThat(plans).hasSize(1);
        CommitteePlan plan = plans.get(0);
        assertThat(plan.organisationId()).isEqualTo(merged);
        assertThat(plan.yearPlan()).isTrue();
        assertThat(plan.yearQuota()).isEqualTo(50);
        assertThat(plan.termPlans()).containsExactly(new CommitteePlan.TermPlan(2021, 2025, 100));
    }

    @Test
    void aCommitteeWithoutPlanHasNoQuota() {
        CommitteePlan plan = records(2024).admissionPlans(2024).get(0);
        assertThat(plan.yearPlan()).isFalse();
        assertThat(plan.yearQuota()).isNull();
        assertThat(plan.termPlans()).isEmpty();
    }

    @Test
    void candidateMovesNeedACertificateValidThatDayAndNoAdmission() {
        b.certificateValidityYears(5);
        long valid = b.person("Valid", LocalDate.of(2000, 1, 1)).certificate(LocalDate.of(2019, 6, 2)).add();
        long expired = b.person("Expired", LocalDate.of(2000, 1, 1)).certificate(LocalDate.of(2019, 6, 1)).add();
        long admitted = b.person("Admitted", LocalDate.of(2000, 1, 1)).certificate(LocalDate.of(2023, 1, 1))
                .admitted(LocalDate.of(2024, 1, 5), branch).add();
        long none = b.person("None", LocalDate.of(2000, 1, 1)).add();
        long m1 = b.candidateMove(valid, branch, "Xã khác", LocalDate.of(2024, 6, 1));
        b.candidateMove(expired, branch, "Xã khác", LocalDate.of(2024, 6, 1));
        b.candidateMove(admitted, branch, "Xã khác", LocalDate.of(2024, 6, 1));
        b.candidateMove(none, branch, "Xã khác", LocalDate.of(2024, 6, 1));
        b.notice(m1, branch, LocalDate.of(2025, 2, 1), true);

        List<CandidateMove> moves = records(2024).candidateMoves(2024);
        assertThat(moves).extracting(CandidateMove::moveId).containsExactly(m1);
        assertThat(moves.get(0).notified()).isTrue();
        assertThat(moves.get(0).acknowledged()).isTrue();
    }

    @Test
    void aNoticeBySuccessorCountsAndOneByAnotherOrganisationDoesNot() {
        long successor = b.organisation("CB2", "Chi bộ ấp 1 mới", OrganisationType.BRANCH).parent(commune)
                .residential(hamlet).validFrom(LocalDate.of(2024, 7, 1)).add();
        b.closed(branch, LocalDate.of(2024, 6, 30), successor);
        long p1 = b.person("P1", LocalDate.of(2000, 1, 1)).certificate(LocalDate.of(2023, 1, 1)).add();
        long p2 = b.person("P2", LocalDate.of(2000, 1, 1)).certificate(LocalDate.of(2023, 1, 1)).add();
        long bySuccessor = b.candidateMove(p1, branch, "Tỉnh khác", LocalDate.of(2024, 3, 1));
        long byOther = b.candidateMove(p2, branch, "Tỉnh khác", LocalDate.of(2024, 3, 1));
        b.notice(bySuccessor, successor, LocalDate.of(2024, 8, 1), false);
        b.notice(byOther, commune, LocalDate.of(2024, 8, 1), false);

        assertThat(records(2024).candidateMoves(2024)).extracting(CandidateMove::notified).containsExactly(true, false);
    }

    @Test
    void referralsCountRegistrationsOfSuchWorkersByTheBranch() {
        long ward = b.area("X", "Xã", AreaKind.COMMUNE).add();
        long noParty = b.unit("U1", "Hộ kinh doanh", UnitKind.HOUSEHOLD_BUSINESS).area(ward).workers(5).add();
        long withParty = b.unit("U2", "Công ty có chi bộ", UnitKind.PRIVATE_COMPANY).area(ward).workers(80).add();
        b.organisation("CBU", "Chi bộ công ty", OrganisationType.GRASSROOTS_BRANCH).parent(district).unit(withParty)
                .add();
        b.person("Such", LocalDate.of(1995, 1, 1)).residence(OLD, hamlet)
                .job(OLD, Occupation.HOUSEHOLD_BUSINESS_WORKER, noParty).candidate(LocalDate.of(2024, 4, 1), branch)
                .add();
        b.person("Not such", LocalDate.of(1995, 1, 1)).residence(OLD, hamlet)
                .job(OLD, Occupation.COMPANY_WORKER, withParty).candidate(LocalDate.of(2024, 4, 1), branch).add();

        assertThat(records(2024).residentialReferrals(2024))
                .containsExactly(new BranchReferral(branch, "Chi bộ ấp 1", 1, 1));
        assertThat(records(2023).residentialReferrals(2023))
                .containsExactly(new BranchReferral(branch, "Chi bộ ấp 1", 1, 0));
    }

    @Test
    void anotherProvinceSeesNoneOfIt() {
        member("m", OLD);
        assertThat(b.build().context("can-tho", 2024).workRecords().residentialBranchLeadership(
                LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(b.build().context("can-tho", 2024).directory().areas(LocalDate.of(2024, 12, 31), Set.of()))
                .isEmpty();
    }
}
