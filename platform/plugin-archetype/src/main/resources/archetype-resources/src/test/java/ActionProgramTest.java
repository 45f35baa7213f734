package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.testkit.Fixture;

/** What the portal relies on: the identity names the province, one result per indicator, in order. */
class ActionProgramTest {

    private final ActionProgram program = new ActionProgram();

    @Test
    void countsItsOwnProvince() {
        assertThat(program.identity().provinceCode()).isEqualTo("${province}");
        assertThat(program.territory().provinceCode()).isEqualTo("${province}");
    }

    @Test
    void evaluatesOneResultPerIndicatorInTheOrderOfTheDefinitions() {
        var results = program.evaluate(Fixture.builder("${province}").build().context("${province}", 2025));
        assertThat(results).extracting(IndicatorResult::code)
                .containsExactlyElementsOf(program.indicators().stream().map(IndicatorDefinition::code).toList());
    }

    @Test
    void anUnknownIndicatorHasNoDrillDown() {
        assertThat(program.drillDown("NO-SUCH", Fixture.builder("${province}").build().context("${province}", 2025)))
                .isEmpty();
    }
}
