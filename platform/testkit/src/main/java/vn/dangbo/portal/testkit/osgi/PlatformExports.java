package vn.dangbo.portal.testkit.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.Manifest;

/**
 * What the portal's framework exports to plugins, read from the bnd manifests on the class path
 * exactly as the platform reads them (plugin-host's ApiPackageExports): the plugin API, the
 * program-support library when the plugin's build has it, and Configuration Admin's API.
 */
final class PlatformExports {

    static final String API = "vn.dangbo.portal.api";
    static final String PROGRAM_SUPPORT = "vn.dangbo.portal.program.support";
    static final String CONFIGURATION_ADMIN_API = "org.osgi.service.cm";

    private PlatformExports() {
    }

    /** The Export-Package header the system bundle gets (org.osgi.framework.system.packages.extra). */
    static String header() {
        List<String> parts = new ArrayList<>();
        parts.add(exportOf(API).orElseThrow(() -> new IllegalStateException("The plugin API (" + API
                + ") has no OSGi manifest on the test class path: add vn.dangbo.portal:portal-api as a provided dependency")));
        exportOf(PROGRAM_SUPPORT).ifPresent(parts::add);
        exportOf(CONFIGURATION_ADMIN_API).ifPresent(parts::add);
        return String.join(",", parts);
    }

    private static Optional<String> exportOf(String symbolicName) {
        return manifestOf(symbolicName).map(m -> m.getMainAttributes().getValue("Export-Package"));
    }

    /** Where the bundle with this symbolic name is on the class path (its manifest's URL). */
    static Optional<URL> manifestUrl(String symbolicName) {
        try {
            for (URL url : Collections.list(PlatformExports.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
                if (symbolicName.equals(symbolicNameAt(url))) {
                    return Optional.of(url);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Manifest> manifestOf(String symbolicName) {
        return manifestUrl(symbolicName).map(PlatformExports::read);
    }

    private static String symbolicNameAt(URL url) {
        String name = read(url).getMainAttributes().getValue("Bundle-SymbolicName");
        return name == null ? null : name.split(";")[0].trim();
    }

    private static Manifest read(URL url) {
        try (InputStream in = url.openStream()) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }
}
