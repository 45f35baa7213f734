package vn.dangbo.portal.web.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void loggedExceptionsHaveTheirPersonalDataMaskedButKeepTheirFrames() {
        IllegalStateException cause = new IllegalStateException("born 31/12/1985");
        RuntimeException exception = new RuntimeException("person 092085001234 failed", cause);
        Throwable masked = UnexpectedExceptionMapper.masked(exception, 0);
        assertThat(masked.toString()).isEqualTo("java.lang.RuntimeException: person *********234 failed");
        assertThat(masked.getCause().toString()).isEqualTo("java.lang.IllegalStateException: born **/**/****");
        assertThat(masked.getStackTrace()).isEqualTo(exception.getStackTrace());
    }

    @Test
    void problemsAreRfc9457Json() {
        String json = Problem.of(429, "wait").withField("username").toJson();
        assertThat(json).contains("\"status\":429").contains("\"title\":\"Too Many Requests\"")
                .contains("\"detail\":\"wait\"").contains("\"field\":\"username\"").doesNotContain("incident");
    }
}
