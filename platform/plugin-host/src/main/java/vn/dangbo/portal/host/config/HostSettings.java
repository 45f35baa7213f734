package vn.dangbo.portal.host.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Settings of the plugin host, read once at start from system properties (or the environment
 * variable named beside each). See docs/operations.md, "Plugins".
 *
 * @param callTimeout        longest a call into a plugin may take ({@code portal.plugins.call-timeout-ms},
 *                           PORTAL_PLUGINS_CALL_TIMEOUT_MS; default 2000 ms)
 * @param maxCallsPerPlugin  calls in flight per plugin, its bulkhead ({@code portal.plugins.max-calls},
 *                           PORTAL_PLUGINS_MAX_CALLS; default 4)
 * @param safeMode           start with every plugin disabled, for recovery ({@code portal.safe-mode},
 *                           PORTAL_SAFE_MODE)
 * @param allowUnsigned      DEVELOPMENT ONLY: accept unsigned jars ({@code portal.plugins.allow-unsigned},
 *                           PORTAL_PLUGINS_ALLOW_UNSIGNED; default false)
 * @param trustStore         PKCS12 trust store of plugin signers ({@code portal.plugins.truststore})
 * @param trustStorePassword its password ({@code portal.plugins.truststore.password})
 * @param signerProvinces    alias = province codes file ({@code portal.plugins.signers})
 * @param frameworkStorage   the framework's cache directory
 * @param deployFolder       the watched folder whose jars go through the verified install path
 *                           ({@code portal.plugins.deploy-dir})
 * @param builtInFolder      signed jars shipped with the deployment ({@code portal.plugins.builtin-dir})
 */
public record HostSettings(Duration callTimeout, int maxCallsPerPlugin, boolean safeMode, boolean allowUnsigned,
        Path trustStore, char[] trustStorePassword, Path signerProvinces, Path frameworkStorage, Path deployFolder,
        Path builtInFolder) {

    /**
     * Where an uploaded jar lies while it is checked (beside the framework cache, in the server's
     * data directory, not the shared temporary directory); empty between uploads.
     */
    public Path uploadCheckDir() {
        return frameworkStorage.resolveSibling("portal-upload-check");
    }

    /** Reads the settings from system properties, then the environment, then the defaults. */
    public static HostSettings fromEnvironment() {
        return from(System::getProperty, System::getenv);
    }

    static HostSettings from(Function<String, String> properties, Function<String, String> environment) {
        Lookup lookup = new Lookup(properties, environment);
        Path dataDir = Path.of(lookup.get("jboss.server.data.dir", null, System.getProperty("java.io.tmpdir")));
        Path configDir = Path.of(lookup.get("jboss.server.config.dir", null, dataDir.toString()));
        Path homeDir = Path.of(lookup.get("jboss.home.dir", null, dataDir.toString()));
        Path trustStore = Path.of(lookup.get("portal.plugins.truststore", "PORTAL_PLUGINS_TRUSTSTORE",
                configDir.resolve("plugin-truststore.p12").toString()));
        return new HostSettings(
                Duration.ofMillis(Long.parseLong(lookup.get("portal.plugins.call-timeout-ms",
                        "PORTAL_PLUGINS_CALL_TIMEOUT_MS", "2000"))),
                Integer.parseInt(lookup.get("portal.plugins.max-calls", "PORTAL_PLUGINS_MAX_CALLS", "4")),
                Boolean.parseBoolean(lookup.get("portal.safe-mode", "PORTAL_SAFE_MODE", "false")),
                Boolean.parseBoolean(lookup.get("portal.plugins.allow-unsigned", "PORTAL_PLUGINS_ALLOW_UNSIGNED", "false")),
                trustStore,
                lookup.get("portal.plugins.truststore.password", "PORTAL_PLUGINS_TRUSTSTORE_PASSWORD", "portal-dev")
                        .toCharArray(),
                Path.of(lookup.get("portal.plugins.signers", "PORTAL_PLUGINS_SIGNERS",
                        trustStore.resolveSibling("plugin-signers.properties").toString())),
                dataDir.resolve("portal-osgi"),
                Path.of(lookup.get("portal.plugins.deploy-dir", "PORTAL_PLUGINS_DEPLOY_DIR",
                        dataDir.resolve("plugin-deploy").toString())),
                Path.of(lookup.get("portal.plugins.builtin-dir", "PORTAL_PLUGINS_BUILTIN_DIR",
                        homeDir.resolve("portal-plugins").toString())));
    }

    private record Lookup(Function<String, String> properties, Function<String, String> environment) {
        String get(String property, String variable, String fallback) {
            String value = properties.apply(property);
            if ((value == null || value.isBlank()) && variable != null) {
                value = environment.apply(variable);
            }
            return value == null || value.isBlank() ? fallback : value.trim();
        }
    }
}
