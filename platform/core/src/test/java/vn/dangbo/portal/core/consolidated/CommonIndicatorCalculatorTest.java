package vn.dangbo.portal.core.consolidated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

class CommonIndicatorCalculatorTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final FixtureBuilder b = Fixture.builder("khanh-hoa");
    private final long province = b.organisation("TU", "Tỉnh ủy", OrganisationType.PROVINCIAL_COMMITTEE).add();
    private final long grassroots = b.organisation("G", "Đảng bộ xã", OrganisationType.GRASSROOTS_COMMITTEE)
            .parent(province).add();

    private List<IndicatorResult> calculate(int year, Map<CommonIndicator, Target> own) {
        return new CommonIndicatorCalculator().calculate(b.build().context("khanh-hoa", year), own);
    }

    private IndicatorResult get(List<IndicatorResult> results, CommonIndicator indicator) {
        return results.stream().filter(r -> r.code().equals(indicator.name())).findFirst().orElseThrow();
    }

    private void members(int n) {
        for (int i = 0; i < n; i++) {
            b.person("m" + i, LocalDate.of(1970, 1, 1)).transferIn(LONG_AGO, grassroots).add();
        }
    }

    @Test
    void oneResultPerCommonIndicatorTrackedWithoutOwnTargets() {
        List<IndicatorResult> results = calculate(2024, Map.of());
        assertThat(results).extracting(IndicatorResult::code)
                .containsExactly(java.util.Arrays.stream(CommonIndicator.values()).map(Enum::name).toArray(String[]::new));
        assertThat(get(results, CommonIndicator.ADMISSIONS).status()).isEqualTo(Status.TRACKED);
        assertThat(get(results, CommonIndicator.ADMISSIONS).inPeriod()).isTrue();
    }

    @Test
    void membersAdmissionsAndRateOverThePreviousYearEnd() {
        members(50);
        // Two admissions in 2024: one aged 30y11m, one 31y0m at the decision.
        b.person("young", LocalDate.of(1993, 3, 11)).admitted(LocalDate.of(2024, 3, 10), grassroots).add();
        b.person("older", LocalDate.of(1993, 3, 10)).admitted(LocalDate.of(2024, 3, 10), grassroots).add();
        b.person("gone", LocalDate.of(1970, 1, 1)).transferIn(LONG_AGO, grassroots)
                .exit(LocalDate.of(2024, 12, 31), ExitKind.DEATH).add();
        List<IndicatorResult> results = calculate(2024, Map.of(CommonIndicator.ADMISSIONS, Target.atLeast("1870"),
                CommonIndicator.YOUTH_SHARE, Target.atLeast("60.44")));

        // Members on 31/12/2024: 50 + 2 + the one who died that day = 53.
        assertThat(get(results, CommonIndicator.MEMBERS_AT_YEAR_END).numerator()).isEqualTo(53);
        IndicatorResult admissions = get(results, CommonIndicator.ADMISSIONS);
        assertThat(admissions.numerator()).isEqualTo(2);
        assertThat(admissions.status()).isEqualTo(Status.NOT_MET);
        // Rate: 2 / 51 members on 31/12/2023 = 3.92 %.
        IndicatorResult rate = get(results, CommonIndicator.ADMISSION_RATE);
        assertThat(rate.denominator()).isEqualTo(51);
        assertThat(rate.value()).isEqualByComparingTo("3.92");
        // Youth: 1 / 2 = 50 % < 60.44 %.
        IndicatorResult youth = get(results, CommonIndicator.YOUTH_SHARE);
        assertThat(youth.numerator()).isEqualTo(1);
        assertThat(youth.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void ratingSharesAreStrictAndMissingRatingsAreNotEnoughData() {
        for (int i = 0; i < 10; i++) {
            b.person("r" + i, LocalDate.of(1970, 1, 1)).transferIn(LONG_AGO, grassroots)
                    .rated(2024, i == 0 ? RatingGrade.COMPLETED : RatingGrade.GOOD).add();
        }
        b.orgRating(grassroots, 2024, RatingGrade.EXCELLENT);
        Map<CommonIndicator, Target> own = Map.of(CommonIndicator.MEMBERS_RATED_GOOD, Target.moreThan("90"),
                CommonIndicator.ORGANISATIONS_RATED_GOOD, Target.moreThan("90"));
        List<IndicatorResult> results = calculate(2024, own);
        // Members: 9 / 10 = 90 %: not more than 90 %.
        assertThat(get(results, CommonIndicator.MEMBERS_RATED_GOOD).status()).isEqualTo(Status.NOT_MET);
        assertThat(get(results, CommonIndicator.ORGANISATIONS_RATED_GOOD).status()).isEqualTo(Status.MET);
        assertThat(get(calculate(2023, own), CommonIndicator.MEMBERS_RATED_GOOD).status())
                .isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void membersPerPopulationNeedsThePopulation() {
        members(11);
        b.area("X", "Xã", AreaKind.COMMUNE).population(2024, 500).add();
        Map<CommonIndicator, Target> own = Map.of(CommonIndicator.MEMBERS_PER_POPULATION, Target.atLeast("2.2"));
        // 11 / 500 = 2.2 %: met.
        IndicatorResult r = get(calculate(2024, own), CommonIndicator.MEMBERS_PER_POPULATION);
        assertThat(r.value()).isEqualByComparingTo("2.2");
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(get(calculate(2023, own), CommonIndicator.MEMBERS_PER_POPULATION).status())
                .isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void probationOnTimeLeavesOutThoseWhoLeftAndCountsTheOverdue() {
        // Ceremonies on Friday 3/1/2025: 12 months end Saturday 3/1/2026; 30th working day after: 13/2/2026.
        LocalDate ceremony = LocalDate.of(2025, 1, 3);
        b.person("on time", LocalDate.of(2000, 1, 1)).admitted(ceremony.minusDays(10), grassroots).ceremony(ceremony)
                .recognised(LocalDate.of(2026, 2, 13)).add();
        b.person("late", LocalDate.of(2000, 1, 1)).admitted(ceremony.minusDays(10), grassroots).ceremony(ceremony)
                .recognised(LocalDate.of(2026, 2, 16)).add();
        b.person("left", LocalDate.of(2000, 1, 1)).admitted(ceremony.minusDays(10), grassroots).ceremony(ceremony)
                .exit(LocalDate.of(2026, 1, 20), ExitKind.REMOVAL).add();
        List<IndicatorResult> results = calculate(2026, Map.of());
        // On time 1 / (3 - 1 set aside) = 50 %; overdue 1.
        IndicatorResult onTime = get(results, CommonIndicator.PROBATION_ON_TIME);
        assertThat(onTime.numerator()).isEqualTo(1);
        assertThat(onTime.denominator()).isEqualTo(2);
        assertThat(get(results, CommonIndicator.PROBATION_OVERDUE).numerator()).isEqualTo(1);
        // No cohort in 2024: the share has not enough data; the overdue count is a real zero.
        List<IndicatorResult> empty = calculate(2024, Map.of());
        assertThat(get(empty, CommonIndicator.PROBATION_ON_TIME).status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(get(empty, CommonIndicator.PROBATION_OVERDUE).value()).isEqualByComparingTo("0");
    }

    @Test
    void theMergedTerritoryCountsTheProvincesMergedIn() {
        members(3);
        long ninhThuan = b.organisation("NT", "Đảng bộ Ninh Thuận", OrganisationType.GRASSROOTS_COMMITTEE)
                .province("ninh-thuan").add();
        b.person("nt", LocalDate.of(1970, 1, 1)).transferIn(LONG_AGO, ninhThuan).add();
        var fixture = b.build();
        var calculator = new CommonIndicatorCalculator();
        assertThat(calculator.calculate(fixture.context("khanh-hoa", 2025), Map.of()).get(0).numerator()).isEqualTo(3);
        assertThat(calculator.calculate(fixture.context(new Territory("khanh-hoa", Territory.Mode.MERGED_PROVINCE),
                2025), Map.of()).get(0).numerator()).isEqualTo(4);
    }
}
