package vn.dangbo.portal.it.host;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.it.host.PortalClient.MODULE;

import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.host.PortalClient.Reply;

/**
 * Module states survive a redeploy of the portal (the database is the record, the framework cache
 * is rebuilt from it), and undeploying the portal leaves no plugin framework thread in the JVM, as
 * seen from another deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    /** Felix's own threads, SCR's and Configuration Admin's. */
    private static final Pattern FRAMEWORK_THREAD = Pattern.compile("Felix.*|SCR Component Actor|CM .*");

    @Deployment(name = "probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "probe.war").addClass(ThreadProbeServlet.class);
    }

    @Deployment(name = "portal", managed = false, testable = false)
    static WebArchive portal() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    @OperateOnDeployment("probe")
    URL probe;

    @Test
    void statesSurviveARedeployAndUndeployLeavesNoFrameworkThread() throws Exception {
        PortalClient portal = new PortalClient(probe.toURI().resolve("/"));
        deployer.deploy("portal");
        try {
            portal.removeAllModules();
            portal.upload(TestBundles.bytes("good-v1"));
            portal.post("api/v1/modules/" + MODULE + "/enable");
            portal.update(MODULE, TestBundles.bytes("good-v2"));
            portal.upload(TestBundles.bytes("throwing"));
            assertThat(portal.goodGeneration()).isEqualTo(2);
            assertThat(frameworkThreads()).as("framework threads while the portal runs").isNotEmpty();
        } finally {
            deployer.undeploy("portal");
        }

        List<String> left = frameworkThreads();
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(200);
            left = frameworkThreads();
        }
        assertThat(left).as("framework threads after undeploy").isEmpty();

        deployer.deploy("portal");
        try {
            Reply good = portal.get("api/v1/modules/" + MODULE);
            assertThat(good.status()).as(good.body()).isEqualTo(200);
            assertThat(good.object().getString("version")).isEqualTo("2.0.0");
            assertThat(good.object().getString("previousVersion")).isEqualTo("1.0.0");
            assertThat(good.object().getBoolean("enabled")).isTrue();
            assertThat(good.object().getString("state")).isEqualTo("ACTIVE");
            assertThat(portal.goodGeneration()).isEqualTo(2);
            Reply throwing = portal.get("api/v1/modules/vn.dangbo.portal.fixture.throwing");
            assertThat(throwing.object().getBoolean("enabled")).isFalse();
            assertThat(portal.get("api/v1/provinces/test-throwing").status()).isEqualTo(404);
            // The previous version's bytes came back from the database too.
            portal.post("api/v1/modules/" + MODULE + "/rollback");
            assertThat(portal.goodGeneration()).isEqualTo(1);
            portal.removeAllModules();
        } finally {
            deployer.undeploy("portal");
        }
    }

    private List<String> frameworkThreads() throws Exception {
        Reply threads = new PortalClient(URI.create(probe.toString())).get("threads");
        assertThat(threads.status()).isEqualTo(200);
        return Arrays.stream(threads.body().split("\n")).filter(name -> FRAMEWORK_THREAD.matcher(name).matches())
                .toList();
    }
}
