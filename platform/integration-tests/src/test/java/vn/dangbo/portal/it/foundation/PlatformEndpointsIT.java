package vn.dangbo.portal.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;

/** Black-box over HTTP: platform information, the health probes and the OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformEndpointsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void platformReportsEclipseLinkAndTheConfiguredDatabase() throws Exception {
        HttpResponse<String> response = PortalHttp.as("trunguong").get("api/v1/platform");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject info = json(response.body());
        assertThat(info.getString("jpaProvider")).startsWith("org.eclipse.persistence.");
        String expected = PortalDeployment.expectedDatabase().equals("postgresql") ? "PostgreSQL" : "H2";
        assertThat(info.getString("database")).startsWith(expected);
        assertThat(info.getString("apiVersion")).startsWith("1.");
        assertThat(info.getString("schemaVersion")).isNotBlank();
    }

    @Test
    void readinessAndLivenessAreUpAndIncludeTheDatabase() throws Exception {
        for (String probe : new String[] {"ready", "live"}) {
            HttpResponse<String> response = get(URI.create(managementUrl() + "/health/" + probe));
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            JsonObject health = json(response.body());
            assertThat(health.getString("status")).as(probe).isEqualTo("UP");
            assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                    .as(probe).anySatisfy(check -> {
                        assertThat(check.getString("name")).isEqualTo("database");
                        assertThat(check.getString("status")).isEqualTo("UP");
                    });
        }
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = get(base.toURI().resolve("openapi?format=JSON"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).getJsonObject("paths").keySet()).contains("/api/v1/platform");
    }

    @Test
    void theHomePageIsVietnamese() throws Exception {
        HttpResponse<String> response = get(base.toURI());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("lang=\"vi\"").contains("Đảng");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (URI uri : new URI[] {base.toURI(), base.toURI().resolve("api/v1/platform"),
                base.toURI().resolve("api/v1/session")}) {
            HttpResponse<String> response = get(uri);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(uri.toString())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String managementUrl() {
        return System.getProperty("portal.management.url", "http://127.0.0.1:9990");
    }
}
