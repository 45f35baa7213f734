package vn.dangbo.portal.it.host;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.it.host.PortalClient.MODULE;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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

/** The watched deploy folder feeds the same verified install path as an upload. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeployFolderIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient portal;
    private final Path folder = Path.of(System.getProperty("portal.it.server"), "standalone", "data", "plugin-deploy");

    @BeforeEach
    void noModules() throws Exception {
        portal = new PortalClient(base.toURI());
        portal.removeAllModules();
    }

    @AfterEach
    void removeThem() {
        portal.removeAllModules();
    }

    @Test
    void aDroppedSignedJarIsInstalledAndMovedToDone() throws Exception {
        drop("good.jar", TestBundles.bytes("good-v1"));
        Reply module = awaitModule();
        assertThat(module.object().getString("version")).isEqualTo("1.0.0");
        assertThat(module.object().getBoolean("enabled")).as("installed, not started").isFalse();
        assertThat(portal.get("api/v1/modules/" + MODULE + "/audit").array().getJsonObject(0).getString("actor"))
                .isEqualTo("deploy-folder");
        assertThat(awaitFile(folder.resolve("done/good.jar"))).isTrue();
        assertThat(folder.resolve("good.jar")).doesNotExist();
    }

    @Test
    void aDroppedJarThatFailsTheChecksIsMovedToRefusedWithTheReason() throws Exception {
        drop("unresolvable.jar", TestBundles.bytes("unresolvable"));
        Path error = folder.resolve("refused/unresolvable.jar.error.txt");
        assertThat(awaitFile(error)).isTrue();
        assertThat(Files.readString(error)).contains("com.example.missing");
        assertThat(portal.get("api/v1/modules").array()).isEmpty();
    }

    private void drop(String name, byte[] jar) throws Exception {
        Files.createDirectories(folder);
        Path partial = Files.write(folder.resolve(name + ".part"), jar);
        // The watcher leaves files younger than a second alone (they may still be copied).
        Files.setLastModifiedTime(partial, FileTime.from(Instant.now().minusSeconds(5)));
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private Reply awaitModule() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Reply reply = portal.get("api/v1/modules/" + MODULE);
            if (reply.status() == 200) {
                return reply;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dropped jar was not installed within 10 s");
    }

    private static boolean awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        return Files.exists(file);
    }
}
