package vn.dangbo.portal.host.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import vn.dangbo.portal.host.framework.ApiPackageExports;

/**
 * The manifest checks of a plugin jar: it is an OSGi bundle with a symbolic name, a version and a
 * province; the API version range it imports includes what this platform provides; and it does not
 * carry its own copy of the API packages (it would go active with a service the host cannot see).
 */
public final class ManifestCheck {

    private static final Pattern PROVINCE_CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private final ApiPackageExports api;

    public ManifestCheck(ApiPackageExports api) {
        this.api = api;
    }

    /** Reads the facts and adds every problem found to {@code problems}, in plain words. */
    public BundleFacts inspect(Path jar, List<String> problems) {
        Manifest manifest;
        List<String> apiEntries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            manifest = file.getManifest();
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.endsWith(".class")) {
                    String pkg = name.contains("/") ? name.substring(0, name.lastIndexOf('/')).replace('/', '.') : "";
                    if (api.isApiPackage(pkg) && !apiEntries.contains(pkg)) {
                        apiEntries.add(pkg);
                    }
                }
            }
        } catch (IOException e) {
            problems.add("It is not a jar file: " + e.getMessage());
            return new BundleFacts(null, null, null, null);
        }
        if (manifest == null) {
            problems.add("It is not an OSGi bundle: the jar has no META-INF/MANIFEST.MF");
            return new BundleFacts(null, null, null, null);
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = headerName(main.getValue("Bundle-SymbolicName"));
        String province = trimmed(main.getValue(BundleFacts.PROVINCE_HEADER));
        String version = null;
        if (!"2".equals(trimmed(main.getValue("Bundle-ManifestVersion"))) || symbolicName == null) {
            problems.add("It is not an OSGi bundle: the manifest lacks Bundle-ManifestVersion: 2 or Bundle-SymbolicName");
        }
        String rawVersion = trimmed(main.getValue("Bundle-Version"));
        if (rawVersion == null) {
            problems.add("The manifest has no Bundle-Version");
        } else {
            try {
                version = Version.parseVersion(rawVersion).toString();
            } catch (IllegalArgumentException e) {
                problems.add("Bundle-Version '" + rawVersion + "' is not an OSGi version");
            }
        }
        if (province == null) {
            problems.add("The manifest has no " + BundleFacts.PROVINCE_HEADER + " header naming the province the "
                    + "plugin belongs to");
        } else if (!PROVINCE_CODE.matcher(province).matches()) {
            problems.add(BundleFacts.PROVINCE_HEADER + " '" + province + "' is not a province code such as can-tho");
        }
        if (!apiEntries.isEmpty()) {
            problems.add("It embeds its own copy of the plugin API (" + String.join(", ", apiEntries)
                    + "); the platform would not see its services. Build it with the API as a 'provided' dependency");
        }
        List<String> exported = new ArrayList<>();
        for (HeaderClause clause : HeaderClause.parse(main.getValue("Export-Package"))) {
            clause.names().stream().filter(api::isApiPackage).forEach(exported::add);
        }
        if (!exported.isEmpty()) {
            problems.add("It exports the platform's API packages itself (" + String.join(", ", exported)
                    + "); plugins must import the API, not provide it");
        }
        checkApiImports(main.getValue("Import-Package"), problems);
        return new BundleFacts(symbolicName, version, province, trimmed(main.getValue("Bundle-Name")));
    }

    private void checkApiImports(String importHeader, List<String> problems) {
        for (HeaderClause clause : HeaderClause.parse(importHeader)) {
            for (String pkg : clause.names()) {
                if (!api.isApiPackage(pkg)) {
                    continue;
                }
                Version provided = api.packages().get(pkg);
                if (provided == null) {
                    if (!clause.optional()) {
                        problems.add("It imports the API package " + pkg + ", which this platform (API "
                                + vn.dangbo.portal.api.ApiVersion.current() + ") does not have");
                    }
                    continue;
                }
                String range = clause.version("0.0.0");
                try {
                    if (!new VersionRange(range).includes(provided)) {
                        problems.add("It needs the API package " + pkg + " in version range " + range
                                + ", but this platform provides " + provided + " (API "
                                + vn.dangbo.portal.api.ApiVersion.current() + ")");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add("Import-Package " + pkg + " has an invalid version range '" + range + "'");
                }
            }
        }
    }

    private static String headerName(String value) {
        String trimmed = trimmed(value);
        return trimmed == null ? null : trimmed(trimmed.split(";")[0]);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
