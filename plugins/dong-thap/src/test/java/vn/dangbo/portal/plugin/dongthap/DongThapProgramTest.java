package vn.dangbo.portal.plugin.dongthap;

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
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;
import vn.dangbo.portal.testkit.MetatypeCheck;
import vn.dangbo.portal.testkit.model.CommitteeRole;

class DongThapProgramTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final FixtureBuilder b = Fixture.builder("dong-thap");
    private final long province = b.organisation("TU", "Đảng bộ tỉnh Đồng Tháp", OrganisationType.PROVINCIAL_COMMITTEE)
            .add();
    private final long caoLanhArea = b.area("HCL", "Huyện Cao Lãnh", AreaKind.DISTRICT).add();
    private final long communeArea = b.area("XMH", "Xã Mỹ Hiệp", AreaKind.COMMUNE).parent(caoLanhArea).add();
    private final long caoLanh = b.organisation("CL", "Đảng bộ huyện Cao Lãnh", OrganisationType.DIRECT_COMMITTEE)
            .parent(province).areas(communeArea).add();
    private final long commune = b.organisation("MH", "Đảng bộ xã Mỹ Hiệp", OrganisationType.GRASSROOTS_COMMITTEE)
            .parent(caoLanh).add();

    private static DongThapProgram program(Map<String, Object> settings) {
        DongThapProgram program = new DongThapProgram();
        program.activate(settings);
        return program;
    }

    private EvaluationContext context(int year) {
        return b.build().context("dong-thap", year);
    }

    private IndicatorResult result(DongThapProgram program, int year, String code) {
        return program.evaluate(context(year)).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private IndicatorResult result(int year, String code) {
        return result(program(Map.of()), year, code);
    }

    private List<DrillDownRow> rows(int year, String code) {
        return program(Map.of()).drillDown(code, context(year));
    }

    private long branchOfHamlet(String name) {
        long area = b.area(name, name, AreaKind.HAMLET).parent(communeArea).add();
        return b.organisation("CB-" + name, "Chi bộ " + name, OrganisationType.BRANCH).parent(commune)
                .residential(area).add();
    }

    /** A secretary of the branch born on the date, head of the branch's hamlet or not. */
    private void secretary(long branch, LocalDate born, boolean head) {
        long person = b.person("Bí thư " + branch, born).transferIn(LONG_AGO, branch)
                .committee(branch, CommitteeRole.SECRETARY, LONG_AGO, null).add();
        if (head) {
            b.holder(b.build().organisation(branch).areaIds().get(0), PositionKind.AREA_HEAD, person, LONG_AGO, null);
        }
    }

    @Test
    void offersEveryIndicatorOfItsSectionWithBothSourceTexts() {
        DongThapProgram program = program(Map.of());
        assertThat(program.indicators()).extracting(IndicatorDefinition::code).containsExactly("DT-COMMITTEE-TRAINING",
                "DT-YOUNG-SECRETARY", "DT-TASK-ASSIGNED", "DT-AWAY-MEMBERS", "DT-PLAN-ACHIEVEMENT",
                "DT-POPULATION-RATIO", "DT-SCREENING");
        assertThat(program.identity().sourceText()).contains("Nghị quyết số 03 của Tỉnh ủy (khóa X)")
                .contains("1.797 đảng viên, đạt 99,28%");
        assertThat(program.ownTargets()).isEqualTo(Map.of(CommonIndicator.MEMBERS_PER_POPULATION, Target.atLeast("2.2")));
        assertThat(program(Map.of("population.target", "TRACKED")).ownTargets()).isEmpty();
        MetatypeCheck.requireAgreement(
                getClass().getResourceAsStream("/OSGI-INF/metatype/vn.dangbo.portal.program.dong-thap.xml"),
                program.settings());
    }

    @Test
    void committeeTrainingNeedsEveryMemberTrainedAndRecordsToExist() {
        long cb = branchOfHamlet("Ấp 1");
        b.person("S", LONG_AGO).committee(cb, CommitteeRole.SECRETARY, LONG_AGO, null).updateCourse(LocalDate.of(2024, 4, 1))
                .add();
        b.person("D", LONG_AGO).committee(cb, CommitteeRole.DEPUTY_SECRETARY, LONG_AGO, null)
                .updateCourse(LocalDate.of(2024, 5, 1)).add();
        b.person("U", LONG_AGO).committee(commune, CommitteeRole.SECRETARY, LONG_AGO, null).add();
        // Branch committee: 2/2 trained; commune committee: 0/1 -> 1 of 2 committees = 50 %.
        IndicatorResult r = result(2024, "DT-COMMITTEE-TRAINING");
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(rows(2024, "DT-COMMITTEE-TRAINING").get(0).organisationId()).isEqualTo(commune);
        // No course dated in 2023: not enough data.
        assertThat(result(2023, "DT-COMMITTEE-TRAINING").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void youngSecretaryUnderBothReadings() {
        // Branch 1: secretary-head aged 39 on 31/12/2025 (born 1/1/1986) -> young.
        // Branch 2: secretary-head aged 40 (born 31/12/1985) -> not young.
        // Branch 3: secretary not head.
        secretary(branchOfHamlet("Ấp 1"), LocalDate.of(1986, 1, 1), true);
        secretary(branchOfHamlet("Ấp 2"), LocalDate.of(1985, 12, 31), true);
        secretary(branchOfHamlet("Ấp 3"), LocalDate.of(1990, 1, 1), false);
        // Default: 1 of the 2 secretary-heads = 50 % -> met (≥ 50 %) in 2025.
        IndicatorResult byDefault = result(2025, "DT-YOUNG-SECRETARY");
        assertThat(byDefault.numerator()).isEqualTo(1);
        assertThat(byDefault.denominator()).isEqualTo(2);
        assertThat(byDefault.status()).isEqualTo(Status.MET);
        // Other reading: 1 of all 3 branches = 33.33 % -> not met.
        IndicatorResult allBranches = result(program(Map.of("young.secretary.base", "ALL_BRANCHES")), 2025,
                "DT-YOUNG-SECRETARY");
        assertThat(allBranches.denominator()).isEqualTo(3);
        assertThat(allBranches.status()).isEqualTo(Status.NOT_MET);
        // Before 2025 the figure is tracked.
        IndicatorResult early = result(2023, "DT-YOUNG-SECRETARY");
        assertThat(early.status()).isEqualTo(Status.TRACKED);
        assertThat(early.target()).isEqualTo(new Target.Tracked());
    }

    @Test
    void taskAssignmentOverMembersOnYearEnd() {
        b.person("A", LONG_AGO).transferIn(LONG_AGO, commune).task(2024, commune).add();
        b.person("B", LONG_AGO).transferIn(LONG_AGO, commune).add();
        // 1 of 2 = 50 %.
        IndicatorResult r = result(2024, "DT-TASK-ASSIGNED");
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(2);
        assertThat(rows(2024, "DT-TASK-ASSIGNED").get(0).organisationId()).isEqualTo(caoLanh);
        assertThat(result(2023, "DT-TASK-ASSIGNED").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void awayMembersRequestsMustFall() {
        // 2023: 2 flagged, 2 requests; 2024: 2 flagged, 1 request -> down: met.
        b.person("W1", LONG_AGO).transferIn(LONG_AGO, commune).away(LocalDate.of(2023, 1, 1), null)
                .requestToLeave(LocalDate.of(2023, 3, 1)).requestToLeave(LocalDate.of(2024, 3, 1)).add();
        b.person("W2", LONG_AGO).transferIn(LONG_AGO, commune).away(LocalDate.of(2023, 1, 1), null)
                .requestToLeave(LocalDate.of(2023, 4, 1)).add();
        IndicatorResult r = result(2024, "DT-AWAY-MEMBERS");
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.components()).extracting(IndicatorResult::numerator).containsExactly(2L, 1L);
        // 2023 has no 2022 figure to compare with (nobody flagged then): not enough data.
        assertThat(result(2023, "DT-AWAY-MEMBERS").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        // Nobody flagged in 2022 at all.
        assertThat(result(2022, "DT-AWAY-MEMBERS").reason().en()).isEqualTo("Nobody recorded as working away");
    }

    @Test
    void planAchievementPerYearAndPerTerm() {
        long other = b.organisation("TH", "Đảng bộ huyện Tháp Mười", OrganisationType.DIRECT_COMMITTEE)
                .parent(province).add();
        b.yearPlan(caoLanh, 2024, 4).yearPlan(other, 2024, null).termPlan(caoLanh, 2020, 2025, 10);
        for (int i = 0; i < 3; i++) {
            b.person("k" + i, LONG_AGO).admitted(LocalDate.of(2024, 6, 1), commune).add();
        }
        b.person("k2023", LONG_AGO).admitted(LocalDate.of(2023, 6, 1), commune).add();
        // Year: 3 / 4 = 75 %; term 2020-2025 to the end of 2024: 4 / 10.
        IndicatorResult r = result(2024, "DT-PLAN-ACHIEVEMENT");
        assertThat(r.numerator()).isEqualTo(3);
        assertThat(r.denominator()).isEqualTo(4);
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(rows(2024, "DT-PLAN-ACHIEVEMENT")).extracting(DrillDownRow::numerator, DrillDownRow::denominator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 4L), org.assertj.core.groups.Tuple.tuple(4L, 10L));
        assertThat(result(2022, "DT-PLAN-ACHIEVEMENT").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void populationRatioAgainstTwoPointTwoPercent() {
        b.area("XA", "Xã A", AreaKind.COMMUNE).population(2024, 500).add();
        // Communes: Mỹ Hiệp without a 2024 figure -> not enough data.
        for (int i = 0; i < 11; i++) {
            b.person("m" + i, LONG_AGO).transferIn(LONG_AGO, commune).add();
        }
        assertThat(result(2024, "DT-POPULATION-RATIO").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void populationRatioAtTheTarget() {
        FixtureBuilder fb = Fixture.builder("dong-thap");
        long root = fb.organisation("TU", "Tỉnh ủy", OrganisationType.PROVINCIAL_COMMITTEE).add();
        long area = fb.area("X", "Xã", AreaKind.COMMUNE).population(2024, 500).add();
        long committee = fb.organisation("H", "Huyện ủy", OrganisationType.DIRECT_COMMITTEE).parent(root).areas(area)
                .add();
        for (int i = 0; i < 11; i++) {
            fb.person("m" + i, LONG_AGO).transferIn(LONG_AGO, committee).add();
        }
        EvaluationContext context = fb.build().context("dong-thap", 2024);
        // 11 / 500 = 2.2 % -> met at ≥ 2.2 %; tracked under the other setting.
        IndicatorResult r = program(Map.of()).evaluate(context).get(5);
        assertThat(r.value()).isEqualByComparingTo("2.2");
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(program(Map.of("population.target", "TRACKED")).evaluate(context).get(5).status())
                .isEqualTo(Status.TRACKED);
        DrillDownRow row = program(Map.of()).drillDown("DT-POPULATION-RATIO", context).get(0);
        assertThat(row.numerator()).isEqualTo(11);
        assertThat(row.denominator()).isEqualTo(500);
    }

    @Test
    void screeningCountsRemovalsExpulsionsAndLeavingButNotDeaths() {
        b.person("R", LONG_AGO).transferIn(LONG_AGO, commune).exit(LocalDate.of(2024, 2, 1), ExitKind.REMOVAL).add();
        b.person("E", LONG_AGO).transferIn(LONG_AGO, commune).exit(LocalDate.of(2024, 3, 1), ExitKind.EXPULSION).add();
        b.person("L", LONG_AGO).transferIn(LONG_AGO, commune).requestToLeave(LocalDate.of(2024, 1, 1))
                .exit(LocalDate.of(2024, 4, 1), ExitKind.LEFT_AT_OWN_REQUEST).add();
        b.person("D", LONG_AGO).transferIn(LONG_AGO, commune).exit(LocalDate.of(2024, 5, 1), ExitKind.DEATH).add();
        IndicatorResult r = result(2024, "DT-SCREENING");
        assertThat(r.numerator()).isEqualTo(3);
        assertThat(r.status()).isEqualTo(Status.TRACKED);
        assertThat(result(2023, "DT-SCREENING").value()).isEqualByComparingTo("0");
    }
}
