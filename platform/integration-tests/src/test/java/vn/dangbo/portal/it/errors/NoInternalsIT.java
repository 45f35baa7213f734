package vn.dangbo.portal.it.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;

/**
 * No response shows internals: failures in resources and services are problem+json with only an
 * incident id, a SecurityException thrown inside an EJB is a 403, framework errors keep their
 * status, and the container's own error page carries no stack trace (the test client is local,
 * the case where WildFly would show one by default).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoInternalsIT {

    private final PortalHttp http = PortalHttp.as("admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(FailingService.class, FailingResource.class, FailingServlet.class);
    }

    @Test
    void unexpectedFailuresAreIncidentsWithoutDetails() {
        for (String path : new String[] {"api/test/failing/crash", "api/test/failing/npe"}) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(500);
            assertProblemWithoutInternals(response);
            assertThat(PortalHttp.json(response.body()).getString("incident")).hasSize(36);
        }
    }

    @Test
    void aSecurityExceptionWrappedByTheEjbContainerIsA403() {
        HttpResponse<String> response = http.get("api/test/failing/refuse");
        assertThat(response.statusCode()).isEqualTo(403);
        assertProblemWithoutInternals(response);
    }

    @Test
    void frameworkErrorsKeepTheirStatusAndShowNoInternals() {
        HttpResponse<String> missing = http.get("api/v1/no-such-thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProblemWithoutInternals(missing);

        HttpResponse<String> malformed = PortalHttp.anonymous().send(PortalHttp.anonymous().request("api/v1/session")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\": [unclosed")));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertProblemWithoutInternals(malformed);

        HttpResponse<String> wrongMethod = http.send(http.request("api/v1/platform")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertProblemWithoutInternals(wrongMethod);
    }

    @Test
    void theContainersErrorPageCarriesNoStackTrace() {
        HttpResponse<String> response = http.get("test/failing-servlet");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret-internals").doesNotContain("IllegalStateException")
                .doesNotContain("at vn.dangbo").doesNotContain("io.undertow");
    }

    private static void assertProblemWithoutInternals(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = PortalHttp.json(response.body());
        assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
        assertThat(response.body()).doesNotContain("secret-internals").doesNotContain("092085001234")
                .doesNotContain("Exception").doesNotContain("at vn.").doesNotContain("RESTEASY")
                .doesNotContain("yasson").doesNotContain("127.0.0.1");
    }
}
