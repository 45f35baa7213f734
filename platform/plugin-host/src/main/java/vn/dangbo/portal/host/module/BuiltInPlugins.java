package vn.dangbo.portal.host.module;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.dangbo.portal.host.config.HostSettings;

/**
 * The plugins the deployment ships: signed jars in {@code ${jboss.home.dir}/portal-plugins/}. At
 * start each one that is absent from the database, or newer than what it has, goes through the
 * same verified install path as an upload. An administrator's later choices (disabled, rolled back
 * to an older version) are kept: an older or equal shipped jar changes nothing. A built-in plugin
 * installed for the first time is enabled (outside safe mode): the portal serves its programs from
 * the first start, and an administrator disables what a server should not show. A newer shipped
 * version of a stored plugin replaces it just after start-up (see {@link #installShipped()}).
 */
@Singleton
@Startup
@DependsOn("ModuleManager")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BuiltInPlugins {

    private static final Logger LOG = Logger.getLogger(BuiltInPlugins.class.getName());

    @EJB
    private ModuleManager modules;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void installShipped() {
        Path folder = HostSettings.fromEnvironment().builtInFolder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> known = modules.modules().stream().map(ModuleView::symbolicName).collect(Collectors.toSet());
        Map<Path, byte[]> updates = new LinkedHashMap<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                try {
                    byte[] bytes = Files.readAllBytes(jar);
                    if (known.contains(symbolicName(bytes))) {
                        // Replacing a stored version refreshes its bundle on a Felix thread, and the
                        // program tracker then calls EJBs from that thread, which wait until every
                        // start-up bean has started, while this start-up bean waited for the refresh:
                        // a deadlock that failed the deployment after 300 s. So an update runs once
                        // the deployment has started; until then the stored version serves.
                        updates.put(jar, bytes);
                    } else {
                        install(jar, bytes, true);
                    }
                } catch (IOException e) {
                    LOG.warning(() -> "Built-in plugin " + jar.getFileName() + " not installed: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read the built-in plugins folder " + folder + ": " + e.getMessage());
        }
        if (!updates.isEmpty()) {
            // one after the other, as an administrator's updates would be
            executor.submit(() -> updates.forEach((jar, bytes) -> install(jar, bytes, false)));
        }
    }

    private void install(Path jar, byte[] bytes, boolean firstTime) {
        try {
            modules.installOrUpdate(bytes, "built-in", ModuleManager.Source.BUILT_IN, true).ifPresent(view -> {
                LOG.info(() -> "Built-in plugin " + view.symbolicName() + " " + view.version() + " installed from "
                        + jar.getFileName());
                if (firstTime && !modules.safeMode()) {
                    modules.enable(view.symbolicName(), "built-in");
                }
            });
        } catch (RuntimeException e) {
            // ModuleException says why; anything else is logged too, since an update runs unobserved
            LOG.warning(() -> "Built-in plugin " + jar.getFileName() + " not installed: " + e.getMessage());
        }
    }

    /** The jar's Bundle-SymbolicName without directives, or "" when it has none. */
    private static String symbolicName(byte[] jar) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? "" : name.split(";", 2)[0].trim();
        }
    }
}
