package vn.dangbo.portal.host.module;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.portal.host.config.HostSettings;

/**
 * The plugins the deployment ships: signed jars in {@code ${jboss.home.dir}/portal-plugins/}. At
 * start each one that is absent from the database, or newer than what it has, goes through the
 * same verified install path as an upload. An administrator's later choices (disabled, rolled back
 * to an older version) are kept: an older or equal shipped jar changes nothing. A built-in plugin
 * installed for the first time is enabled (outside safe mode): the portal serves its programs from
 * the first start, and an administrator disables what a server should not show.
 */
@Singleton
@Startup
@DependsOn("ModuleManager")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BuiltInPlugins {

    private static final Logger LOG = Logger.getLogger(BuiltInPlugins.class.getName());

    @EJB
    private ModuleManager modules;

    @PostConstruct
    void installShipped() {
        Path folder = HostSettings.fromEnvironment().builtInFolder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> known = modules.modules().stream().map(ModuleView::symbolicName).collect(Collectors.toSet());
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                try {
                    modules.installOrUpdate(Files.readAllBytes(jar), "built-in", ModuleManager.Source.BUILT_IN, true)
                            .ifPresent(view -> {
                                LOG.info(() -> "Built-in plugin " + view.symbolicName() + " " + view.version()
                                        + " installed from " + jar.getFileName());
                                if (!known.contains(view.symbolicName()) && !modules.safeMode()) {
                                    modules.enable(view.symbolicName(), "built-in");
                                }
                            });
                } catch (ModuleException | IOException e) {
                    LOG.warning(() -> "Built-in plugin " + jar.getFileName() + " not installed: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read the built-in plugins folder " + folder + ": " + e.getMessage());
        }
    }
}
