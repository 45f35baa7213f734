package vn.dangbo.portal.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.query.AwayMembers;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.TaskCoverage;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

class MemberStatisticsTest {

    private static final LocalDate BORN = LocalDate.of(1990, 5, 5);

    private final FixtureBuilder b = Fixture.builder("can-tho");
    private final long city = b.organisation("TU", "Thành ủy", OrganisationType.PROVINCIAL_COMMITTEE).add();
    private final long ninhKieu = b.organisation("NK", "Quận ủy Ninh Kiều", OrganisationType.DIRECT_COMMITTEE)
            .parent(city).add();
    private final long caiRang = b.organisation("CR", "Quận ủy Cái Răng", OrganisationType.DIRECT_COMMITTEE)
            .parent(city).add();
    private final long branchA = b.organisation("A", "Chi bộ A", OrganisationType.GRASSROOTS_BRANCH).parent(ninhKieu)
            .add();
    private final long branchB = b.organisation("B", "Chi bộ B", OrganisationType.GRASSROOTS_BRANCH).parent(caiRang)
            .add();

    private MemberStatistics members(int year) {
        return b.build().context("can-tho", year).members();
    }

    @Test
    void aMemberCountsFromTheDecisionAndStillOnTheExitDay() {
        b.person("A", BORN).admitted(LocalDate.of(2024, 3, 1), branchA).exit(LocalDate.of(2024, 9, 30), ExitKind.DEATH)
                .add();
        MemberStatistics stats = members(2024);

        assertThat(stats.membersAt(LocalDate.of(2024, 2, 29))).isZero();
        assertThat(stats.membersAt(LocalDate.of(2024, 3, 1))).isEqualTo(1);
        assertThat(stats.membersAt(LocalDate.of(2024, 9, 30))).isEqualTo(1);
        assertThat(stats.membersAt(LocalDate.of(2024, 10, 1))).isZero();
    }

    @Test
    void betweenAPermanentTransferOutAndInAMemberCountsNowhere() {
        b.person("T", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA).transferOut(LocalDate.of(2024, 5, 10))
                .transferIn(LocalDate.of(2024, 6, 3), branchB).add();
        MemberStatistics stats = members(2024);

        assertThat(stats.membersByCommittee(LocalDate.of(2024, 5, 10)))
                .containsExactly(new KeyCount(String.valueOf(ninhKieu), 1));
        assertThat(stats.membersAt(LocalDate.of(2024, 5, 11))).isZero();
        assertThat(stats.membersAt(LocalDate.of(2024, 6, 2))).isZero();
        assertThat(stats.membersByCommittee(LocalDate.of(2024, 6, 3)))
                .containsExactly(new KeyCount(String.valueOf(caiRang), 1));
    }

    @Test
    void aTemporarilyHostedMemberCountsAtHomeNeverAtTheHost() {
        b.person("H", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA)
                .temporaryStay(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), branchB).add();

        assertThat(members(2024).membersByCommittee(LocalDate.of(2024, 6, 1)))
                .containsExactly(new KeyCount(String.valueOf(ninhKieu), 1));
    }

    @Test
    void membersOfAnotherFormerProvinceAreNotCounted() {
        long socTrang = b.organisation("ST", "Chi bộ Sóc Trăng", OrganisationType.GRASSROOTS_BRANCH)
                .province("soc-trang").add();
        b.person("S", BORN).transferIn(LocalDate.of(2010, 1, 1), socTrang).add();
        b.person("C", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA).add();
        Fixture fixture = b.build();

        assertThat(fixture.context("can-tho", 2024).members().membersAt(LocalDate.of(2024, 12, 31))).isEqualTo(1);
        assertThat(fixture.context(vn.dangbo.portal.api.model.Territory.formerProvince("soc-trang"), 2024).members()
                .membersAt(LocalDate.of(2024, 12, 31))).isEqualTo(1);
        vn.dangbo.portal.api.model.Territory merged = new vn.dangbo.portal.api.model.Territory("can-tho",
                vn.dangbo.portal.api.model.Territory.Mode.MERGED_PROVINCE);
        // The merged province "as it stands on 31/12/Y": in 2024 Sóc Trăng was not yet part of it...
        assertThat(fixture.context(merged, 2024).members().membersAt(LocalDate.of(2024, 12, 31))).isEqualTo(1);
        // ...in 2025 it is, on every date the 2025 evaluation looks at (the previous year-end too).
        assertThat(fixture.context(merged, 2025).members().membersAt(LocalDate.of(2024, 12, 31))).isEqualTo(2);
    }

    @Test
    void exitsAreCountedByKindOnTheirDate() {
        b.person("R", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA).exit(LocalDate.of(2024, 1, 1), ExitKind.REMOVAL)
                .add();
        b.person("E", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA)
                .exit(LocalDate.of(2024, 12, 31), ExitKind.EXPULSION).add();
        b.person("L", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA)
                .exit(LocalDate.of(2025, 1, 1), ExitKind.LEFT_AT_OWN_REQUEST).add();

        assertThat(members(2024).exits(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .containsOnlyKeys(ExitKind.REMOVAL, ExitKind.EXPULSION)
                .containsEntry(ExitKind.REMOVAL, 1L);
    }

    @Test
    void awayMembersCountFlagsOverlappingTheYearAndRequestsFiledWhileFlagged() {
        // Flagged 2023-06-01 to 2024-01-01: one day of 2024; request on 2024-01-01 counts.
        b.person("W1", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA)
                .away(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 1)).requestToLeave(LocalDate.of(2024, 1, 1)).add();
        // Flagged from 2024-03-01; request filed before the flag does not count.
        b.person("W2", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA).away(LocalDate.of(2024, 3, 1), null)
                .requestToLeave(LocalDate.of(2024, 2, 28)).add();
        // Flag ended in 2023.
        b.person("W3", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA)
                .away(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).add();

        assertThat(members(2024).awayMembers(2024)).isEqualTo(new AwayMembers(2, 1));
    }

    @Test
    void taskCoverageCountsMembersOnYearEndWithATaskForTheYear() {
        b.person("T1", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA).task(2024, branchA).add();
        b.person("T2", BORN).transferIn(LocalDate.of(2010, 1, 1), branchB).task(2023, branchB).add();
        TaskCoverage coverage = members(2024).taskCoverage(2024);

        assertThat(coverage.members()).isEqualTo(2);
        assertThat(coverage.withTask()).isEqualTo(1);
        assertThat(coverage.recordsExist()).isTrue();
        assertThat(coverage.byCommittee()).extracting(TaskCoverage.CommitteeShare::counted).containsExactly(1L, 0L);
        assertThat(members(2022).taskCoverage(2022).recordsExist()).isFalse();
    }

    @Test
    void membersByOccupationUsesTheJobOfTheDay() {
        b.person("O1", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA)
                .job(LocalDate.of(2010, 1, 1), Occupation.FARMER).job(LocalDate.of(2025, 1, 1), Occupation.RETIRED)
                .add();
        b.person("O2", BORN).transferIn(LocalDate.of(2010, 1, 1), branchA).add();

        assertThat(members(2024).membersByOccupation(LocalDate.of(2024, 12, 31)))
                .containsExactly(new KeyCount("FARMER", 1), new KeyCount("NONE", 1));
    }
}
