package vn.dangbo.portal.it.host;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.host.PortalClient.Reply;

/**
 * A program's settings over the API, with the real Cần Thơ plugin the build signed: the platform
 * stores the administrator's choice and hands it to the plugin through Configuration Admin, and the
 * plugin reports the new reading in force without any restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgramSettingsIT {

    private static final String MODULE = "vn.dangbo.portal.plugin.can-tho";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient portal;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void canThoEnabled() throws Exception {
        portal = new PortalClient(base.toURI());
        portal.removeAllModules();
        Reply uploaded = portal.upload(Files.readAllBytes(canThoJar()));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        Reply enabled = portal.post("api/v1/modules/" + MODULE + "/enable");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    }

    @Test
    void aChangedReadingIsInForceAtOnceAndAWrongValueIsRefused() throws Exception {
        JsonObject before = portal.get("api/v1/provinces/can-tho/settings").object();
        assertThat(before.getJsonArray("definitions").getValuesAs(JsonObject.class))
                .anySatisfy(d -> {
                    assertThat(d.getString("key")).isEqualTo("territory.mode");
                    assertThat(d.getString("defaultValue")).isEqualTo("FORMER_PROVINCE");
                });
        assertThat(reading(before, "territory.mode")).isEqualTo("FORMER_PROVINCE");

        HttpResponse<String> changed = put("territory.mode", "MERGED_PROVINCE");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        // Configuration Admin delivers the change to the component asynchronously.
        String inForce = null;
        for (int i = 0; i < 50 && !"MERGED_PROVINCE".equals(inForce); i++) {
            Thread.sleep(100);
            inForce = reading(portal.get("api/v1/provinces/can-tho/settings").object(), "territory.mode");
        }
        assertThat(inForce).isEqualTo("MERGED_PROVINCE");
        JsonObject after = portal.get("api/v1/provinces/can-tho/settings").object();
        assertThat(after.getJsonObject("chosen").getString("territory.mode")).isEqualTo("MERGED_PROVINCE");

        HttpResponse<String> wrong = put("territory.mode", "EVERYWHERE");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(wrong.body()).contains("EVERYWHERE").contains("FORMER_PROVINCE");
        HttpResponse<String> unknown = put("no.such.setting", "X");
        assertThat(unknown.statusCode()).isEqualTo(404);

        JsonObject audit = portal.get("api/v1/modules/" + MODULE + "/audit").array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("SETTING"))
                .findFirst().orElseThrow();
        assertThat(audit.getString("detail")).isEqualTo("territory.mode = MERGED_PROVINCE");
    }

    private HttpResponse<String> put(String key, String value) throws Exception {
        URI uri = base.toURI().resolve("api/v1/provinces/can-tho/settings/" + key);
        String admin = "admin:" + vn.dangbo.portal.it.PortalHttp.DEMO_PASSWORD_PREFIX + "admin";
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        admin.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"" + value + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String reading(JsonObject settings, String key) {
        return settings.getJsonArray("inForce").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(key)).map(r -> r.getString("value")).findFirst()
                .orElse(null);
    }

    private static Path canThoJar() {
        return Path.of(System.getProperty("portal.plugins.dir"), "can-tho", "target",
                "portal-plugin-can-tho-" + System.getProperty("portal.version") + ".jar");
    }
}
