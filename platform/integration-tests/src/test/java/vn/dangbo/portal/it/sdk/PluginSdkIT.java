package vn.dangbo.portal.it.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
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
import vn.dangbo.portal.it.host.PortalClient;
import vn.dangbo.portal.it.sdk.AdminCommand.Result;

/**
 * The plugin SDK end to end, as docs/plugin-guide.md tells a provincial team: the plugin the build
 * generated from the archetype (platform/plugin-archetype, province an-giang, signed with the
 * an-giang development key) is deployed with the command-line admin client, and its indicator is
 * read back over REST; the client's update, rollback, disable and delete run against the signed
 * test bundles, with the exit codes the guide documents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginSdkIT {

    static final String GENERATED_MODULE = "vn.dangbo.portal.plugin.an-giang";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient portal;
    private AdminCommand admin;

    @BeforeEach
    void noModules() throws Exception {
        portal = new PortalClient(base.toURI());
        portal.removeAllModules();
        admin = new AdminCommand(base.toURI(), "admin", "demo-admin");
    }

    private static Path generatedPlugin() {
        Path jar = Path.of(System.getProperty("portal.sdk.plugin.jar"));
        assertThat(jar).as("the plugin generated and built from the archetype").isRegularFile();
        return jar;
    }

    private static Path testBundle(String module) {
        return Path.of(System.getProperty("portal.test-bundles.dir"), module, "target",
                "fixture-" + module + "-" + System.getProperty("portal.version") + ".jar");
    }

    @Test
    void theGeneratedPluginIsDeployedWithTheAdminClientAndItsIndicatorIsServed() {
        Result check = admin.run("check", generatedPlugin().toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("Accepted: " + GENERATED_MODULE + " 1.0.0 signed by an-giang");

        Result uploaded = admin.run("upload", "--enable", generatedPlugin().toString());
        assertThat(uploaded.exitCode()).as(uploaded.err()).isZero();
        assertThat(uploaded.out()).contains(GENERATED_MODULE + " 1.0.0 ACTIVE enabled province=an-giang programCode=an-giang signer=an-giang");

        PortalClient.Reply indicators = portal.get("api/v1/provinces/an-giang/indicators?year=2025");
        assertThat(indicators.status()).as(indicators.body()).isEqualTo(200);
        assertThat(indicators.object().getString("resultsFailure", null)).as(indicators.body()).isNull();
        JsonObject result = indicators.object().getJsonArray("results").getJsonObject(0);
        assertThat(result.getString("code")).isEqualTo("AN-GIANG-ADMISSIONS");
        // The test database holds no organisation of an-giang: zero admissions, below the target of 100.
        assertThat(result.getJsonNumber("value").intValue()).isZero();
        assertThat(result.getString("status")).isEqualTo("NOT_MET");
        assertThat(indicators.object().getJsonArray("definitions").getJsonObject(0).getString("code"))
                .isEqualTo("AN-GIANG-ADMISSIONS");

        Result listed = admin.run("list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines()).anyMatch(line -> line.startsWith(GENERATED_MODULE + " 1.0.0 ACTIVE enabled"));

        Result disabled = admin.run("disable", GENERATED_MODULE);
        assertThat(disabled.exitCode()).as(disabled.err()).isZero();
        assertThat(disabled.out()).contains(GENERATED_MODULE + " 1.0.0").contains("disabled");
        assertThat(portal.get("api/v1/provinces/an-giang/indicators?year=2025").status()).isEqualTo(404);
    }

    @Test
    void updateRollbackAndDeleteThroughTheClient() {
        assertThat(admin.run("upload", "--enable", testBundle("good-v1").toString()).exitCode()).isZero();
        assertThat(portal.goodGeneration()).isEqualTo(1);

        Result updated = admin.run("update", PortalClient.MODULE, testBundle("good-v2").toString());
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(updated.out()).contains(PortalClient.MODULE + " 2.0.0 ACTIVE enabled").contains("previousVersion=1.0.0");
        assertThat(portal.goodGeneration()).isEqualTo(2);

        Result rolledBack = admin.run("rollback", PortalClient.MODULE);
        assertThat(rolledBack.exitCode()).as(rolledBack.err()).isZero();
        assertThat(rolledBack.out()).contains(PortalClient.MODULE + " 1.0.0 ACTIVE enabled");
        assertThat(portal.goodGeneration()).isEqualTo(1);

        Result deleted = admin.run("delete", PortalClient.MODULE);
        assertThat(deleted.exitCode()).isZero();
        assertThat(admin.run("list").out()).contains("No module is installed.");
    }

    @Test
    void refusalsComeBackAsExitCodesWithThePortalsReasons() {
        Result untrusted = admin.run("upload", testBundle("untrusted").toString());
        assertThat(untrusted.exitCode()).isEqualTo(1);
        assertThat(untrusted.err()).contains("upload failed (HTTP 422").contains("The jar was refused")
                .contains("trust store does not hold");

        Result dryRun = admin.run("check", testBundle("wrong-api").toString());
        assertThat(dryRun.exitCode()).isEqualTo(1);
        assertThat(dryRun.out()).contains("Refused:").contains("version range [2.0,3)");

        Result unknown = admin.run("enable", "no.such.module");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("No module no.such.module is installed");

        Result wrongPassword = new AdminCommand(portalUri(), "admin", "not-the-password").run("list");
        assertThat(wrongPassword.exitCode()).isEqualTo(3);
        assertThat(wrongPassword.err()).contains("HTTP 401");

        Result staffMayNotEnable = new AdminCommand(portalUri(), "cantho", "demo-cantho").run("enable", "x.y");
        assertThat(staffMayNotEnable.exitCode()).isEqualTo(3);
        assertThat(staffMayNotEnable.err()).contains("HTTP 403");

        Result missingJar = admin.run("upload", "target/no-such-plugin.jar");
        assertThat(missingJar.exitCode()).isEqualTo(7);
        assertThat(missingJar.err()).contains("cannot read the jar");
    }

    private java.net.URI portalUri() {
        try {
            return base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
