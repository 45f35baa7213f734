package vn.dangbo.portal.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

class DirectoryAndRatingsTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private final FixtureBuilder b = Fixture.builder("can-tho");
    private final long city = b.organisation("TU", "Thành ủy", OrganisationType.PROVINCIAL_COMMITTEE).add();
    private final long ward = b.organisation("P", "Đảng ủy phường", OrganisationType.DIRECT_COMMITTEE).parent(city)
            .add();
    private final long grassroots = b.organisation("G", "Đảng bộ cơ sở", OrganisationType.GRASSROOTS_COMMITTEE)
            .parent(ward).add();
    private final long branch = b.organisation("CB", "Chi bộ khu vực 1", OrganisationType.BRANCH).parent(grassroots)
            .add();

    private EvaluationContext context() {
        return b.build().context("can-tho", 2024);
    }

    @Test
    void organisationsComeParentsFirstWithTheirCommittee() {
        b.organisation("OLD", "Chi bộ đã giải thể", OrganisationType.BRANCH).parent(grassroots)
                .validTo(LocalDate.of(2024, 12, 30)).add();
        var orgs = context().directory().organisations(END_2024);

        assertThat(orgs).extracting(OrganisationSummary::id).containsExactly(city, ward, grassroots, branch);
        assertThat(orgs).extracting(OrganisationSummary::committeeId).containsExactly(null, ward, ward, ward);
    }

    @Test
    void aVacantPostIsVacantAndAHolderIsAMemberOnlyWhileAPartyMember() {
        long hamlet1 = b.area("KV1", "Khu vực 1", AreaKind.URBAN_AREA).add();
        long hamlet2 = b.area("KV2", "Khu vực 2", AreaKind.URBAN_AREA).add();
        long hamlet3 = b.area("KV3", "Khu vực 3", AreaKind.URBAN_AREA).add();
        long member = b.person("Member", LocalDate.of(1980, 1, 1)).transferIn(LocalDate.of(2000, 1, 1), branch).add();
        long left = b.person("Left", LocalDate.of(1980, 1, 1)).transferIn(LocalDate.of(2000, 1, 1), branch)
                .exit(LocalDate.of(2024, 12, 30), vn.dangbo.portal.api.model.ExitKind.LEFT_AT_OWN_REQUEST).add();
        b.holder(hamlet1, PositionKind.AREA_HEAD, member, LocalDate.of(2020, 1, 1), null);
        b.holder(hamlet2, PositionKind.AREA_HEAD, left, LocalDate.of(2020, 1, 1), null);
        b.holder(hamlet3, PositionKind.AREA_HEAD, member, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 30));

        var positions = context().directory().positions(END_2024, PositionKind.AREA_HEAD, Set.of(AreaKind.URBAN_AREA));
        assertThat(positions).extracting(AreaPosition::vacant).containsExactly(false, false, true);
        assertThat(positions).extracting(AreaPosition::holderIsMember).containsExactly(true, false, false);
    }

    @Test
    void unitsCarryWorkersOfTheDayTheirPartyOrganisationAndMembersEmployed() {
        long commune = b.area("X", "Phường", AreaKind.WARD).add();
        long company = b.unit("U", "Công ty A", UnitKind.PRIVATE_COMPANY).area(commune)
                .workers(LocalDate.of(2020, 1, 1), 49).workers(LocalDate.of(2024, 12, 31), 50).add();
        long unitBranch = b.organisation("CBU", "Chi bộ Công ty A", OrganisationType.GRASSROOTS_BRANCH).parent(ward)
                .unit(company).validFrom(LocalDate.of(2024, 12, 31)).add();
        b.person("Worker", LocalDate.of(1990, 1, 1)).transferIn(LocalDate.of(2010, 1, 1), unitBranch)
                .job(LocalDate.of(2010, 1, 1), Occupation.COMPANY_WORKER, company).add();
        var directory = context().directory();

        UnitSummary end = directory.units(END_2024, Set.of(UnitKind.PRIVATE_COMPANY)).get(0);
        assertThat(end.stableWorkers()).isEqualTo(50);
        assertThat(end.partyOrganisationId()).isEqualTo(unitBranch);
        assertThat(end.membersEmployed()).isEqualTo(1);
        UnitSummary before = directory.units(END_2024.minusDays(1), Set.of()).get(0);
        assertThat(before.stableWorkers()).isEqualTo(49);
        assertThat(before.hasPartyOrganisation()).isFalse();
    }

    @Test
    void populationIsTheSumOfCommunesAndWardsAndEmptyWhenOneIsMissing() {
        long a = b.area("A", "Phường A", AreaKind.WARD).population(2024, 10_000).population(2023, 9_000).add();
        b.area("B", "Xã B", AreaKind.COMMUNE).population(2024, 5_000).add();
        b.area("H", "Ấp", AreaKind.HAMLET).population(2024, 1_000).add();
        var directory = context().directory();

        assertThat(directory.population(2024)).hasValue(15_000);
        assertThat(directory.population(2023)).isEmpty();
        assertThat(directory.areaPopulation(a, 2023)).hasValue(9_000);
    }

    @Test
    void organisationRatingsAreOfGrassrootsOrganisationsOnly() {
        b.orgRating(grassroots, 2024, RatingGrade.GOOD).orgRating(branch, 2024, RatingGrade.EXCELLENT)
                .orgRating(grassroots, 2023, RatingGrade.COMPLETED);
        RatingStatistics ratings = context().ratings();

        assertThat(ratings.organisationRatings(2024)).extracting(OrganisationRating::organisationId,
                OrganisationRating::grade).containsExactly(org.assertj.core.groups.Tuple.tuple(grassroots,
                RatingGrade.GOOD));
    }

    @Test
    void memberRatingsCountForTheGrassrootsOrganisationAboveTheMember() {
        b.person("m1", LocalDate.of(1980, 1, 1)).transferIn(LocalDate.of(2000, 1, 1), branch)
                .rated(2024, RatingGrade.EXCELLENT).add();
        b.person("m2", LocalDate.of(1980, 1, 1)).transferIn(LocalDate.of(2000, 1, 1), branch)
                .rated(2024, RatingGrade.NOT_COMPLETED).rated(2023, RatingGrade.GOOD).add();

        assertThat(context().ratings().memberRatings(2024))
                .containsExactly(new GradeCounts(grassroots, "Đảng bộ cơ sở", 1, 0, 0, 1));
    }
}
