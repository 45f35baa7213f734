package vn.dangbo.portal.plugin.khanhhoa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;
import vn.dangbo.portal.testkit.MetatypeCheck;

class KhanhHoaProgramTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final FixtureBuilder b = Fixture.builder("khanh-hoa");
    private final long province = b.organisation("TU", "Đảng bộ tỉnh Khánh Hòa", OrganisationType.PROVINCIAL_COMMITTEE)
            .add();
    private final long nhaTrang = b.organisation("NT", "Đảng bộ thành phố Nha Trang", OrganisationType.DIRECT_COMMITTEE)
            .parent(province).add();
    private final long camRanh = b.organisation("CR", "Đảng bộ thành phố Cam Ranh", OrganisationType.DIRECT_COMMITTEE)
            .parent(province).add();
    private final long ward = b.organisation("VH", "Đảng bộ phường Vĩnh Hải", OrganisationType.GRASSROOTS_COMMITTEE)
            .parent(nhaTrang).add();
    private final long wardArea = b.area("P-VH", "Phường Vĩnh Hải", AreaKind.WARD).add();

    private static KhanhHoaProgram program() {
        KhanhHoaProgram program = new KhanhHoaProgram();
        program.activate(Map.of());
        return program;
    }

    private EvaluationContext context(int year) {
        return b.build().context("khanh-hoa", year);
    }

    private IndicatorResult result(int year, String code) {
        return program().evaluate(context(year)).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private List<DrillDownRow> rows(int year, String code) {
        return program().drillDown(code, context(year));
    }

    @Test
    void offersEveryIndicatorOfItsSectionAndItsOwnTargets() {
        KhanhHoaProgram program = program();
        assertThat(program.indicators()).extracting(IndicatorDefinition::code).containsExactly("KH-ADMISSION-COUNT",
                "KH-TERM-ADMISSIONS", "KH-YOUTH-SHARE", "KH-INDEPENDENT-BRANCH", "KH-PRIVATE-COVERAGE",
                "KH-VILLAGE-HEAD", "KH-COMMITTEE-PLAN");
        assertThat(program.ownTargets()).isEqualTo(Map.of(CommonIndicator.ADMISSIONS, Target.atLeast("1870"),
                CommonIndicator.YOUTH_SHARE, Target.atLeast("60.44")));
        assertThat(program.identity().sourceText()).contains("60,44%");
        MetatypeCheck.requireAgreement(
                getClass().getResourceAsStream("/OSGI-INF/metatype/vn.dangbo.portal.program.khanh-hoa.xml"),
                program.settings());
    }

    @Test
    void youthAtAdmissionIs30y11mButNot31y0m() {
        LocalDate decision = LocalDate.of(2024, 3, 10);
        b.person("30y11m", LocalDate.of(1993, 3, 11)).admitted(decision, ward).add();
        b.person("31y0m", LocalDate.of(1993, 3, 10)).admitted(decision, ward).add();
        // 1 of 2 = 50 % < 60.44 %.
        IndicatorResult r = result(2024, "KH-YOUTH-SHARE");
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(rows(2024, "KH-YOUTH-SHARE").get(0).numerator()).isEqualTo(1);
    }

    @Test
    void youthShareWithoutAdmissionsIsNotEnoughData() {
        assertThat(result(2024, "KH-YOUTH-SHARE").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void admissionCountZeroIsNotMetNotMissing() {
        IndicatorResult r = result(2024, "KH-ADMISSION-COUNT");
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.numerator()).isZero();
    }

    @Test
    void termAdmissionsAreJudgedAgainstThePaceOfTheYear() {
        b.person("a", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2020, 12, 31), ward).add();
        b.person("b", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2021, 1, 1), ward).add();
        b.person("c", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2022, 6, 1), ward).add();
        // From 1/1/2021 to 31/12/2022: 2 admissions, pace 3,740.4 -> not met.
        IndicatorResult r = result(2022, "KH-TERM-ADMISSIONS");
        assertThat(r.numerator()).isEqualTo(2);
        assertThat(r.target()).isEqualTo(new Target.AtLeast(new java.math.BigDecimal("3740.4")));
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(rows(2022, "KH-TERM-ADMISSIONS")).extracting(DrillDownRow::label, DrillDownRow::numerator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2021", 1L),
                        org.assertj.core.groups.Tuple.tuple("2022", 1L));
    }

    @Test
    void aVillageHasItsOwnBranchOnlyWhenABranchServesExactlyIt() {
        long v1 = b.area("T1", "Thôn 1", AreaKind.VILLAGE).parent(wardArea).add();
        long v2 = b.area("T2", "Thôn 2", AreaKind.VILLAGE).parent(wardArea).add();
        long v3 = b.area("TDP3", "Tổ dân phố 3", AreaKind.STREET_GROUP).parent(wardArea).add();
        b.organisation("CB1", "Chi bộ thôn 1", OrganisationType.BRANCH).parent(ward).residential(v1).add();
        b.organisation("CB23", "Chi bộ ghép", OrganisationType.BRANCH).parent(ward).residential(v2, v3).add();
        // 1 of 3.
        IndicatorResult r = result(2024, "KH-INDEPENDENT-BRANCH");
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(3);
        assertThat(rows(2024, "KH-INDEPENDENT-BRANCH")).extracting(row -> row.note() == null ? null : row.note().en())
                .containsExactly("Its branch also serves other areas", "Its branch also serves other areas", null);
    }

    @Test
    void privateCoverageIsMetOnlyWhenBothSharesRise() {
        long school = b.unit("S", "Trường tư thục Hoa Sen", UnitKind.PRIVATE_SCHOOL).area(wardArea).add();
        long company = b.unit("C", "Công ty Yến Sào", UnitKind.PRIVATE_COMPANY).area(wardArea).add();
        b.unit("H1", "Hộ kinh doanh 1", UnitKind.HOUSEHOLD_BUSINESS).area(wardArea).add();
        b.unit("H2", "Hộ kinh doanh 2", UnitKind.HOUSEHOLD_BUSINESS).area(wardArea).add();
        b.organisation("CB-C", "Chi bộ Công ty Yến Sào", OrganisationType.GRASSROOTS_BRANCH).parent(nhaTrang)
                .unit(company).add();
        b.person("GV", LONG_AGO).transferIn(LONG_AGO, ward).job(LONG_AGO, Occupation.TEACHER, school).add();
        b.person("CN", LONG_AGO).transferIn(LONG_AGO, ward).job(LocalDate.of(2024, 5, 1), Occupation.COMPANY_WORKER,
                company).add();
        // 2023: with members 1/4, with organisation 1/4. 2024: with members 2/4 (rising), organisation 1/4 (equal).
        IndicatorResult r = result(2024, "KH-PRIVATE-COVERAGE");
        assertThat(r.components()).hasSize(2);
        assertThat(r.components().get(0).status()).isEqualTo(Status.MET);
        assertThat(r.components().get(1).status()).isEqualTo(Status.NOT_MET);
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.numerator()).isEqualTo(2);
        assertThat(r.denominator()).isEqualTo(4);
    }

    @Test
    void privateCoverageWithoutUnitsLastYearHasNotEnoughData() {
        b.unit("C", "Công ty mới", UnitKind.PRIVATE_COMPANY).area(wardArea).validFrom(LocalDate.of(2024, 1, 1)).add();
        assertThat(result(2024, "KH-PRIVATE-COVERAGE").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void villageHeadsLeaveVacantPostsOutAndMustRise() {
        long v1 = b.area("T1", "Thôn 1", AreaKind.VILLAGE).add();
        long v2 = b.area("T2", "Thôn 2", AreaKind.VILLAGE).add();
        b.area("T3", "Thôn 3", AreaKind.VILLAGE).add();
        long member = b.person("ĐV", LONG_AGO).transferIn(LONG_AGO, ward).add();
        long becomesMember = b.person("QC", LONG_AGO).admitted(LocalDate.of(2024, 6, 1), ward).add();
        b.holder(v1, PositionKind.AREA_HEAD, member, LONG_AGO, null);
        b.holder(v2, PositionKind.AREA_HEAD, becomesMember, LONG_AGO, null);
        // Thôn 3 vacant: left out. 2023: 1/2 = 50 %; 2024: 2/2 = 100 % (rising, and 100 % counts as met).
        IndicatorResult r2024 = result(2024, "KH-VILLAGE-HEAD");
        assertThat(r2024.denominator()).isEqualTo(2);
        assertThat(r2024.status()).isEqualTo(Status.MET);
        // 2023 against 2022 (also 1/2): equal is not met.
        assertThat(result(2023, "KH-VILLAGE-HEAD").status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void committeesWithATermPlanIncludingTheYear() {
        b.termPlan(nhaTrang, 2021, 2025, 3000);
        IndicatorResult r = result(2023, "KH-COMMITTEE-PLAN");
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(2);
        assertThat(rows(2023, "KH-COMMITTEE-PLAN").get(0).organisationId()).isEqualTo(camRanh);
        // 2026: no plan includes the year -> not enough data, outside the term.
        IndicatorResult after = result(2026, "KH-COMMITTEE-PLAN");
        assertThat(after.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(after.inPeriod()).isFalse();
    }

    @Test
    void theMergedTerritoryAddsNinhThuan() {
        long ninhThuan = b.organisation("NTH", "Đảng bộ xã Ninh Thuận", OrganisationType.GRASSROOTS_COMMITTEE)
                .province("ninh-thuan").add();
        b.person("x", LocalDate.of(2000, 1, 1)).admitted(LocalDate.of(2025, 9, 1), ninhThuan).add();
        Fixture fixture = b.build();
        KhanhHoaProgram merged = new KhanhHoaProgram();
        merged.activate(Map.of("territory.mode", "MERGED_PROVINCE"));
        assertThat(program().evaluate(fixture.context(program().territory(), 2025)).get(0).numerator()).isZero();
        assertThat(merged.evaluate(fixture.context(merged.territory(), 2025)).get(0).numerator()).isEqualTo(1);
    }
}
