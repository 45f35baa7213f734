package vn.dangbo.portal.host.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderClauseTest {

    @Test
    void quotedRangesWithCommasStayInTheirClause() {
        List<HeaderClause> clauses = HeaderClause.parse(
                "a.b;version=\"[1.0,2)\",c.d;e.f;resolution:=optional;version:Version=\"1.2\", g");
        assertThat(clauses).hasSize(3);
        assertThat(clauses.get(0).names()).containsExactly("a.b");
        assertThat(clauses.get(0).version(null)).isEqualTo("[1.0,2)");
        assertThat(clauses.get(1).names()).containsExactly("c.d", "e.f");
        assertThat(clauses.get(1).optional()).isTrue();
        assertThat(clauses.get(1).version(null)).isEqualTo("1.2");
        assertThat(clauses.get(2).names()).containsExactly("g");
        assertThat(clauses.get(2).version("0.0.0")).isEqualTo("0.0.0");
    }

    @Test
    void aMissingHeaderHasNoClauses() {
        assertThat(HeaderClause.parse(null)).isEmpty();
        assertThat(HeaderClause.parse("  ")).isEmpty();
    }
}
