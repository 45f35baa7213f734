package vn.dangbo.portal.it.host;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.host.PortalClient.Reply;

/**
 * A plugin that throws or hangs marks only its own results as failed, with the reason; the others
 * are served, and within the time limit (portal.plugins.call-timeout-ms, 4000 ms in the tests).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginIsolationIT {

    private static final long TIMEOUT_MS = Long.getLong("portal.plugins.call-timeout-ms", 4000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient portal;

    @BeforeEach
    void threePlugins() throws Exception {
        portal = new PortalClient(base.toURI());
        portal.removeAllModules();
        for (String fixture : List.of("good-v1", "throwing", "hanging")) {
            Reply uploaded = portal.upload(TestBundles.bytes(fixture));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            Reply enabled = portal.post("api/v1/modules/" + uploaded.object().getString("symbolicName") + "/enable");
            assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        }
    }

    @AfterEach
    void removeThem() {
        portal.removeAllModules();
    }

    @Test
    void aThrowingPluginGivesItsReasonAndTheOthersAreServed() {
        Reply throwing = portal.get("api/v1/provinces/test-throwing/indicators?year=2025");
        assertThat(throwing.status()).isEqualTo(200);
        assertThat(throwing.object().getString("resultsFailure"))
                .isEqualTo("evaluate(2025) failed: IllegalStateException: the throwing fixture fails on purpose");
        assertThat(throwing.object().getJsonArray("definitions")).hasSize(1);
        assertThat(portal.goodGeneration()).isEqualTo(1);
    }

    @Test
    void aHangingPluginTimesOutAndDoesNotHoldUpTheOthers() throws Exception {
        long began = System.nanoTime();
        Reply hanging = portal.get("api/v1/provinces/test-hanging/indicators?year=2025");
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        assertThat(hanging.status()).isEqualTo(200);
        assertThat(hanging.object().getString("resultsFailure")).isEqualTo("evaluate(2025): no answer within "
                + TIMEOUT_MS + " ms");
        assertThat(tookMs).isBetween(TIMEOUT_MS, TIMEOUT_MS + 3_000);

        // Several page views of the hanging plugin at once, and the good one meanwhile.
        List<CompletableFuture<Reply>> views = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            views.add(CompletableFuture.supplyAsync(() -> portal.get("api/v1/provinces/test-hanging/indicators?year=2025")));
        }
        Thread.sleep(200);
        long goodBegan = System.nanoTime();
        assertThat(portal.goodGeneration()).isEqualTo(1);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - goodBegan)).isLessThan(TIMEOUT_MS);
        for (CompletableFuture<Reply> view : views) {
            JsonObject page = view.get(30, TimeUnit.SECONDS).object();
            assertThat(page.getString("resultsFailure")).startsWith("evaluate(2025):");
        }
        // Hung calls were interrupted: once they ended, the hanging plugin is called again (and times out again).
        Thread.sleep(500);
        assertThat(portal.get("api/v1/provinces/test-hanging/indicators?year=2025").object()
                .getString("resultsFailure")).endsWith("no answer within " + TIMEOUT_MS + " ms");
    }

    @Test
    void theReadinessCheckListsEveryModuleState() throws Exception {
        String management = System.getProperty("portal.management.url", "http://127.0.0.1:9990");
        Reply ready = new PortalClient(java.net.URI.create(management + "/")).get("health/ready");
        JsonObject check = ready.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("plugin-framework")).findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("vn.dangbo.portal.fixture.hanging")).isEqualTo("1.0.0 ACTIVE");
        assertThat(check.getJsonObject("data").getBoolean("safeMode")).isFalse();
    }
}
