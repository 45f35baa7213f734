package vn.dangbo.portal.host.module;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import vn.dangbo.portal.host.config.HostSettings;

/**
 * A watched folder for operators: a jar dropped into it goes through the very same verified path
 * as an upload (install, or update when the module exists), then moves to {@code done/} or, with a
 * {@code .error.txt} beside it, to {@code refused/}. The folder never owns bundles: deleting a file
 * uninstalls nothing, and a dropped jar cannot silently take over or restart a module.
 */
@Singleton
@Startup
@DependsOn("ModuleManager")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeployFolderWatcher {

    private static final Logger LOG = Logger.getLogger(DeployFolderWatcher.class.getName());
    private static final long POLL_SECONDS = 2;

    @EJB
    private ModuleManager modules;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile Path folder;
    private volatile ScheduledFuture<?> polling;

    @PostConstruct
    void watch() {
        folder = HostSettings.fromEnvironment().deployFolder();
        try {
            Files.createDirectories(folder.resolve("done"));
            Files.createDirectories(folder.resolve("refused"));
        } catch (IOException e) {
            LOG.warning(() -> "The plugin deploy folder " + folder + " cannot be created: " + e.getMessage());
            return;
        }
        polling = scheduler.scheduleWithFixedDelay(this::scan, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** Processes the jars now in the folder (also called by the poller). */
    public void scan() {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                // A jar still being copied is left for the next round.
                if (Files.getLastModifiedTime(jar).toMillis() < System.currentTimeMillis() - 1_000) {
                    process(jar);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Scanning the plugin deploy folder failed: " + e.getMessage());
        }
    }

    private void process(Path jar) throws IOException {
        byte[] bytes = Files.readAllBytes(jar);
        try {
            modules.installOrUpdate(bytes, "deploy-folder", ModuleManager.Source.DEPLOY_FOLDER, false);
            Files.move(jar, folder.resolve("done").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (ModuleException e) {
            Path refused = folder.resolve("refused").resolve(jar.getFileName());
            Files.move(jar, refused, StandardCopyOption.REPLACE_EXISTING);
            StringBuilder reason = new StringBuilder(e.getMessage()).append(System.lineSeparator());
            e.problems().forEach(problem -> reason.append(" - ").append(problem).append(System.lineSeparator()));
            Files.writeString(refused.resolveSibling(jar.getFileName() + ".error.txt"), reason,
                    StandardCharsets.UTF_8);
            LOG.warning(() -> "Plugin " + jar.getFileName() + " from the deploy folder refused: " + e.getMessage());
        }
    }
}
