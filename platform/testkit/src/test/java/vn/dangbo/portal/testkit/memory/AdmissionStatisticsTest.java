package vn.dangbo.portal.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

class AdmissionStatisticsTest {

    private static final LocalDate Y_START = LocalDate.of(2025, 1, 1);
    private static final LocalDate Y_END = LocalDate.of(2025, 12, 31);

    private final FixtureBuilder b = Fixture.builder("hai-phong");
    private final long city = b.organisation("TU", "Thành ủy", OrganisationType.PROVINCIAL_COMMITTEE).add();
    // Two district committees close on 30/6/2025 and merge into one commune committee.
    private final long districtA = b.organisation("HA", "Huyện ủy A", OrganisationType.DIRECT_COMMITTEE).parent(city)
            .add();
    private final long districtB = b.organisation("HB", "Huyện ủy B", OrganisationType.DIRECT_COMMITTEE).parent(city)
            .add();
    private final long commune = b.organisation("XC", "Đảng ủy xã C", OrganisationType.DIRECT_COMMITTEE).parent(city)
            .validFrom(LocalDate.of(2025, 7, 1)).add();
    private final long branchA = b.organisation("A1", "Chi bộ A1", OrganisationType.GRASSROOTS_BRANCH)
            .parent(districtA).validTo(LocalDate.of(2025, 6, 30)).add();
    private final long branchB = b.organisation("B1", "Chi bộ B1", OrganisationType.GRASSROOTS_BRANCH)
            .parent(districtB).validTo(LocalDate.of(2025, 6, 30)).add();
    private final long newBranch = b.organisation("C1", "Chi bộ C1", OrganisationType.GRASSROOTS_BRANCH)
            .parent(commune).validFrom(LocalDate.of(2025, 7, 1)).add();

    {
        b.closed(districtA, LocalDate.of(2025, 6, 30), commune);
        b.closed(districtB, LocalDate.of(2025, 6, 30), commune);
        b.closed(branchA, LocalDate.of(2025, 6, 30), newBranch);
        b.closed(branchB, LocalDate.of(2025, 6, 30), newBranch);
    }

    private AdmissionStatistics admissions() {
        return b.build().context("hai-phong", 2025).admissions();
    }

    @Test
    void admissionsOfOrganisationsClosedDuringTheYearPassToTheirSuccessorSummed() {
        b.person("a", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2025, 3, 1), branchA).add();
        b.person("b", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2025, 4, 1), branchB).add();
        b.person("c", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2025, 9, 1), newBranch).add();

        assertThat(admissions().countBy(Y_START, Y_END, AdmissionDimension.ORGANISATION))
                .containsExactly(new KeyCount(String.valueOf(newBranch), 3));
        assertThat(admissions().countBy(Y_START, Y_END, AdmissionDimension.COMMITTEE))
                .containsExactly(new KeyCount(String.valueOf(commune), 3));
    }

    @Test
    void beforeTheMergerTheyCountForTheOrganisationsOfThatYear() {
        b.person("a", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2024, 3, 1), branchA).add();
        AdmissionStatistics stats = b.build().context("hai-phong", 2024).admissions();

        assertThat(stats.countBy(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), AdmissionDimension.COMMITTEE))
                .containsExactly(new KeyCount(String.valueOf(districtA), 1));
    }

    @Test
    void anOrganisationClosedWithoutSuccessorStillCountsInTheTotal() {
        long gone = b.organisation("G", "Chi bộ giải thể", OrganisationType.GRASSROOTS_BRANCH).parent(districtA)
                .validTo(LocalDate.of(2025, 5, 31)).add();
        b.person("g", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2025, 2, 1), gone).add();

        assertThat(admissions().count(Y_START, Y_END)).isEqualTo(1);
        assertThat(admissions().countBy(Y_START, Y_END, AdmissionDimension.ORGANISATION))
                .containsExactly(new KeyCount(String.valueOf(gone), 1));
        assertThat(admissions().countBy(Y_START, Y_END, AdmissionDimension.COMMITTEE))
                .containsExactly(new KeyCount("NONE", 1));
    }

    @Test
    void theDecisionDateDecidesTheYearBothEndsIncluded() {
        b.person("first", LocalDate.of(2000, 1, 1)).admitted(Y_START, newBranch).add();
        b.person("last", LocalDate.of(2000, 1, 1)).admitted(Y_END, newBranch).add();
        b.person("next", LocalDate.of(2000, 1, 1)).admitted(Y_END.plusDays(1), newBranch).add();

        assertThat(admissions().count(Y_START, Y_END)).isEqualTo(2);
        assertThat(admissions().countBy(Y_START, Y_END.plusDays(1), AdmissionDimension.YEAR))
                .containsExactly(new KeyCount("2025", 2), new KeyCount("2026", 1));
    }

    @Test
    void youthIs18y0mTo30y11mAtTheDecision() {
        LocalDate decision = LocalDate.of(2025, 3, 10);
        b.person("30y11m", LocalDate.of(1994, 3, 11)).admitted(decision, newBranch).add();
        b.person("31y0m", LocalDate.of(1994, 3, 10)).admitted(decision, newBranch).add();
        b.person("18y0m", LocalDate.of(2007, 3, 10)).admitted(decision, newBranch).add();

        assertThat(admissions().countBy(Y_START, Y_END, AdmissionDimension.AGE_BAND))
                .containsExactly(new KeyCount("OTHER", 1), new KeyCount("YOUTH", 2));
    }

    @Test
    void occupationAndReligionAreThoseAtAdmission() {
        b.person("s", LocalDate.of(2004, 1, 1)).admitted(LocalDate.of(2025, 8, 1), newBranch, Occupation.STUDENT, false)
                .job(LocalDate.of(2025, 9, 1), Occupation.COMPANY_WORKER).add();
        b.person("r", LocalDate.of(1990, 1, 1)).religious().admitted(LocalDate.of(2025, 8, 1), newBranch).add();

        assertThat(admissions().countBy(Y_START, Y_END, AdmissionDimension.OCCUPATION))
                .containsExactly(new KeyCount("NONE", 1), new KeyCount("STUDENT", 1));
        assertThat(admissions().countBy(Y_START, Y_END, AdmissionDimension.RELIGION))
                .containsExactly(new KeyCount("NONE", 1), new KeyCount("RELIGIOUS", 1));
    }

    @Test
    void theMergedTerritoryAddsTheFormerProvincesMergedIn() {
        long haiDuong = b.organisation("HD", "Chi bộ Hải Dương", OrganisationType.GRASSROOTS_BRANCH)
                .province("hai-duong").add();
        b.person("hd", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2025, 8, 1), haiDuong).add();
        b.person("hp", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2025, 8, 1), newBranch).add();
        Fixture fixture = b.build();

        assertThat(fixture.context("hai-phong", 2025).admissions().count(Y_START, Y_END)).isEqualTo(1);
        assertThat(fixture.context(new Territory("hai-phong", Territory.Mode.MERGED_PROVINCE), 2025).admissions()
                .count(Y_START, Y_END)).isEqualTo(2);
    }
}
