package vn.dangbo.portal.host.framework;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;

/**
 * The framework properties that make Felix a good citizen inside an application server
 * (docs/architecture.md, "Plugin boundary").
 */
public final class FrameworkConfiguration {

    /** Symbolic name of the OSGi Configuration Admin API jar the platform ships. */
    static final String CONFIGURATION_ADMIN_BUNDLE = "org.osgi.service.cm";

    private FrameworkConfiguration() {
    }

    /** Properties for a framework whose cache lives in {@code storage}, exporting the API packages. */
    public static Map<String, String> properties(Path storage, ApiPackageExports api) {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        // The database, not the framework cache, is the record of installed modules: every start
        // installs them anew from there, so the cache never disagrees with it.
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Otherwise Felix replaces the JVM-wide URL handler factory with a class of this WAR.
        properties.put("felix.service.urlhandlers", "false");
        // Otherwise resolver threads holding the WAR's class loader outlive an undeploy.
        properties.put("felix.resolver.parallelism", "1");
        // Plugins see the API packages (and nothing else of the platform), at the API's versions.
        // Configuration Admin's API too: the shipped ConfigAdmin bundle then imports the platform's
        // copy, so the platform can hand programs their settings (host.settings).
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                api.exportHeader() + "," + ApiPackageExports.exportHeaderOf(CONFIGURATION_ADMIN_BUNDLE));
        // The pre-install resolution check installs a throwaway copy beside the running version.
        properties.put(Constants.FRAMEWORK_BSNVERSION, Constants.FRAMEWORK_BSNVERSION_MULTIPLE);
        properties.put("felix.log.level", "1");
        return properties;
    }
}
