package vn.dangbo.portal.host.framework;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;
import vn.dangbo.portal.host.config.HostSettings;

/**
 * The embedded Apache Felix framework, started with the application and stopped with it. It
 * installs only the framework bundles it ships (DS, Configuration Admin); plugin bundles belong to
 * {@link vn.dangbo.portal.host.module.ModuleManager}. The framework is handed to others through
 * this bean, never through a static field, so nothing outlives an undeploy.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginFramework {

    private static final Logger LOG = Logger.getLogger(PluginFramework.class.getName());
    private static final long STOP_WAIT_MILLIS = 30_000;

    private volatile Framework framework;
    private volatile ApiPackageExports api;

    @PostConstruct
    void start() {
        HostSettings settings = HostSettings.fromEnvironment();
        long began = System.nanoTime();
        api = ApiPackageExports.fromPlatformJars();
        Framework started = new FrameworkFactory().newFramework(
                FrameworkConfiguration.properties(settings.frameworkStorage(), api));
        try {
            started.init();
            installShippedBundles(started.getBundleContext());
            started.start();
        } catch (BundleException | IOException | RuntimeException e) {
            // @PreDestroy does not run after a failed @PostConstruct: a half-started framework would
            // keep its cache lock (and its threads) until the JVM ends.
            stopQuietly(started);
            throw new IllegalStateException("The plugin framework could not start: " + e.getMessage(), e);
        }
        framework = started;
        LOG.info(() -> "Plugin framework started in " + (System.nanoTime() - began) / 1_000_000 + " ms, exporting "
                + api.packages() + " to plugins");
    }

    @PreDestroy
    void stop() {
        Framework running = framework;
        framework = null;
        if (running != null) {
            stopQuietly(running);
            LOG.info("Plugin framework stopped");
        }
    }

    /** Whether the framework is up. */
    public boolean isRunning() {
        Framework running = framework;
        return running != null && running.getState() == Bundle.ACTIVE;
    }

    /** The framework's own context: the host's view of the service registry. */
    public BundleContext context() {
        return running().getBundleContext();
    }

    public FrameworkWiring wiring() {
        return running().adapt(FrameworkWiring.class);
    }

    /** The API packages exported to plugins, with their versions. */
    public ApiPackageExports api() {
        return api;
    }

    /** The framework bundles shipped with the platform, as installed (for the admin API and health). */
    public List<Bundle> frameworkBundles() {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : context().getBundles()) {
            if (bundle.getLocation().startsWith(SHIPPED_LOCATION)) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    private static final String SHIPPED_LOCATION = "portal:framework:";

    private Framework running() {
        Framework running = framework;
        if (running == null) {
            throw new IllegalStateException("The plugin framework is not running");
        }
        return running;
    }

    private static void installShippedBundles(BundleContext context) throws IOException, BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (String jar : FrameworkBundles.SHIPPED) {
            try (InputStream in = PluginFramework.class.getResourceAsStream(FrameworkBundles.resource(jar))) {
                if (in == null) {
                    throw new IOException("The framework bundle " + jar + " is missing from the platform");
                }
                installed.add(context.installBundle(SHIPPED_LOCATION + jar, in));
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start();
            }
        }
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(STOP_WAIT_MILLIS);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warning("The plugin framework did not stop within " + STOP_WAIT_MILLIS + " ms");
            }
        } catch (BundleException | RuntimeException e) {
            LOG.log(Level.WARNING, "Stopping the plugin framework failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
