package vn.dangbo.portal.host.framework;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Manifest;
import org.osgi.framework.Version;
import vn.dangbo.portal.api.ApiVersion;
import vn.dangbo.portal.host.verify.HeaderClause;

/**
 * The plugin API packages and their versions, read from the API jar's own bnd-generated manifest
 * (its {@code Export-Package}), so what the framework exports to plugins can never drift from what
 * the API declares.
 *
 * @param exportHeader the API's Export-Package header, as bnd wrote it
 * @param packages     package name to version
 */
public record ApiPackageExports(String exportHeader, Map<String, Version> packages) {

    static final String API_SYMBOLIC_NAME = "vn.dangbo.portal.api";

    public ApiPackageExports {
        packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
    }

    /** Symbolic name of the shared library bundle of the province programs (plugins/program-support). */
    static final String PROGRAM_SUPPORT_SYMBOLIC_NAME = "vn.dangbo.portal.program.support";

    /** Reads the manifest of the API jar that the platform's class loader sees. */
    public static ApiPackageExports fromApiJar() {
        return fromHeader(exportHeaderOf(API_SYMBOLIC_NAME));
    }

    /**
     * The packages the platform provides to plugins: the plugin API and the shared program-support
     * library that the province plugins build on. Both ship inside the platform and are exported by
     * the system bundle at the versions their own bnd manifests state, so there is one copy of each
     * and every plugin sees the same classes.
     */
    public static ApiPackageExports fromPlatformJars() {
        return fromHeader(exportHeaderOf(API_SYMBOLIC_NAME) + "," + exportHeaderOf(PROGRAM_SUPPORT_SYMBOLIC_NAME));
    }

    static String exportHeaderOf(String symbolicName) {
        try {
            for (URL url : Collections.list(ApiVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
                try (InputStream in = url.openStream()) {
                    Manifest manifest = new Manifest(in);
                    String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                    if (name != null && name.split(";")[0].trim().equals(symbolicName)) {
                        return manifest.getMainAttributes().getValue("Export-Package");
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the manifest of " + symbolicName, e);
        }
        throw new IllegalStateException("The bundle " + symbolicName + " has no OSGi manifest on the "
                + "platform's class path: was it built with bnd?");
    }

    /** Parses an Export-Package header. */
    public static ApiPackageExports fromHeader(String exportHeader) {
        if (exportHeader == null || exportHeader.isBlank()) {
            throw new IllegalStateException("The plugin API's manifest exports no package");
        }
        Map<String, Version> packages = new LinkedHashMap<>();
        for (HeaderClause clause : HeaderClause.parse(exportHeader)) {
            Version version = Version.parseVersion(clause.version("0.0.0"));
            clause.names().forEach(name -> packages.put(name, version));
        }
        return new ApiPackageExports(exportHeader, packages);
    }

    /** Whether a package belongs to the plugin API. */
    public boolean isApiPackage(String packageName) {
        return packages.containsKey(packageName) || packageName.startsWith(API_SYMBOLIC_NAME + ".");
    }
}
