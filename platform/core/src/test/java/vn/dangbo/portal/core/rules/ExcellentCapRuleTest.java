package vn.dangbo.portal.core.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.error.RuleViolationException;

class ExcellentCapRuleTest {

    @Test
    void offByDefault() {
        assertThatCode(() -> new ExcellentCapRule(RuleSettings.defaults()).check(10, 0, "grade"))
                .doesNotThrowAnyException();
    }

    @Test
    void whenEnabledTwentyPercentOfGoodOrBetterIsTheEdge() {
        ExcellentCapRule rule = new ExcellentCapRule(RuleSettings.defaults().withExcellentCap(true, 20));
        assertThatCode(() -> rule.check(2, 8, "grade")).doesNotThrowAnyException();
        assertThatThrownBy(() -> rule.check(3, 8, "grade")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("grade");
    }
}
