package vn.dangbo.portal.testkit.osgi;

import java.net.URL;
import java.util.List;

/**
 * The bundles the portal installs before any plugin (plugin-host's FrameworkBundles), in the same
 * order, taken from the test kit's own dependencies on the class path.
 */
final class ShippedBundles {

    static final List<String> SYMBOLIC_NAMES = List.of(
            "org.osgi.util.function",
            "org.osgi.util.promise",
            "org.osgi.service.component",
            "org.apache.felix.configadmin",
            "org.apache.felix.scr");

    private ShippedBundles() {
    }

    /** The location to install the bundle from: the jar its manifest is in. */
    static String location(String symbolicName) {
        URL manifest = PlatformExports.manifestUrl(symbolicName).orElseThrow(() -> new IllegalStateException(
                "The bundle " + symbolicName + " is not on the test class path (it comes with portal-testkit)"));
        String url = manifest.toString();
        if (!url.startsWith("jar:") || !url.contains("!/")) {
            throw new IllegalStateException("The bundle " + symbolicName + " is not a jar on the class path: " + url);
        }
        return url.substring("jar:".length(), url.indexOf("!/"));
    }
}
