package vn.dangbo.portal.plugin.cantho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.testkit.MetatypeCheck;

class CanThoProgramTest {

    @Test
    void offersEveryIndicatorOfItsSectionInOrder() {
        assertThat(CanThoWorld.program().indicators()).extracting(IndicatorDefinition::code).containsExactly(
                "CT-ORG-RATING", "CT-MEM-RATING", "CT-HAMLET-HEAD", "CT-FRONT-HEAD", "CT-ADMISSION-RATE",
                "CT-ADMISSION-COUNT", "CT-HAMLET-BRANCH-ADMIT", "CT-HAMLET-BRANCH-REFER", "CT-PRIVATE-ADMIT",
                "CT-PRIVATE-ORG");
    }

    @Test
    void evaluatesOneResultPerIndicatorEachWithItsTarget() {
        EvaluationContext context = new CanThoWorld().context(2025);
        CanThoProgram program = CanThoWorld.program();

        assertThat(program.evaluate(context)).extracting(IndicatorResult::code)
                .containsExactlyElementsOf(program.indicators().stream().map(IndicatorDefinition::code).toList());
        assertThat(program.evaluate(context)).allSatisfy(r -> {
            assertThat(r.target()).isNotNull();
            assertThat(r.year()).isEqualTo(2025);
        });
    }

    @Test
    void identityCarriesTheSourceTextAsPublished() {
        var identity = CanThoWorld.program().identity();
        assertThat(identity.code()).isEqualTo("can-tho");
        assertThat(identity.documentDate()).isEqualTo(java.time.LocalDate.of(2023, 2, 14));
        assertThat(identity.sourceText()).startsWith("Tăng cường củng cố, xây dựng tổ chức cơ sở đảng")
                .contains("mỗi đơn vị có thêm 30 lao động, kết nạp thêm 01 đảng viên");
    }

    @Test
    void readingsInForceAreTheDefaultsUntilConfigured() {
        assertThat(CanThoWorld.program().readingsInForce()).allMatch(Reading::isDefault)
                .extracting(Reading::key)
                .containsExactly("required.admissions.step", "targets2030.period", "territory.mode", "range.policy");
        CanThoProgram changed = CanThoWorld.program(Map.of("required.admissions.step", "STARTED_30"));
        assertThat(changed.readingsInForce()).filteredOn(r -> !r.isDefault()).extracting(Reading::value)
                .containsExactly("STARTED_30");
    }

    @Test
    void anInvalidSettingIsRefusedWithItsKeyAndTheAllowedValues() {
        assertThatThrownBy(() -> CanThoWorld.program(Map.of("range.policy", "SOMETIMES")))
                .hasMessageContaining("vn.dangbo.portal.program.can-tho").hasMessageContaining("range.policy")
                .hasMessageContaining("SOMETIMES").hasMessageContaining("ONLY_INSIDE");
    }

    @Test
    void theTerritorySettingDecidesTheTerritoryThePlatformBinds() {
        assertThat(CanThoWorld.program().territory()).isEqualTo(Territory.formerProvince("can-tho"));
        assertThat(CanThoWorld.program(Map.of("territory.mode", "MERGED_PROVINCE")).territory())
                .isEqualTo(new Territory("can-tho", Territory.Mode.MERGED_PROVINCE));
    }

    @Test
    void metatypeOffersTheSameSettingsAsThePage() {
        MetatypeCheck.requireAgreement(
                getClass().getResourceAsStream("/OSGI-INF/metatype/vn.dangbo.portal.program.can-tho.xml"),
                CanThoWorld.program().settings());
    }

    @Test
    void ownTargetsForTheConsolidatedView() {
        assertThat(CanThoWorld.program().ownTargets()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CommonIndicator.ADMISSIONS, Target.between("1600", "2200"),
                CommonIndicator.ADMISSION_RATE, Target.between("3", "4"),
                CommonIndicator.ORGANISATIONS_RATED_GOOD, Target.moreThan("90"),
                CommonIndicator.MEMBERS_RATED_GOOD, Target.moreThan("90")));
    }

    @Test
    void drillDownOfAnUnknownCodeSaysWhichCodesExist() {
        assertThatThrownBy(() -> CanThoWorld.program().drillDown("CT-NOPE", new CanThoWorld().context(2024)))
                .hasMessageContaining("CT-NOPE").hasMessageContaining("CT-PRIVATE-ORG");
    }

    @Test
    void thePageShowsTheRequiredAdmissionsRuleUnderTheReadingInForce() {
        PageSection.Table table = (PageSection.Table) CanThoWorld.program().sections(new CanThoWorld().context(2025))
                .get(0);
        // Rows: 10, 49, 50, 79, 80, 109, 110, 200 workers.
        assertThat(table.rows()).extracting(r -> r.get(1)).containsExactly(1, 1, 2, 2, 3, 3, 4, 7);
    }
}
