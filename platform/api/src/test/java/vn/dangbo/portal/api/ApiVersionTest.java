package vn.dangbo.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiVersion} tells the truth about the packages bnd exported (docs/plugin-guide.md,
 * "Versions"): every package has the API's major version, and the API's minor version is the
 * highest minor of its packages, so raising a package's version for an addition raises the API's.
 */
class ApiVersionTest {

    private static final Pattern EXPORT = Pattern.compile("([a-z][\\w.]*);[^,]*?version=\"?(\\d+)\\.(\\d+)\\.(\\d+)\"?");

    private static Map<String, int[]> exportedPackages() throws IOException {
        Path manifest = Path.of("target", "classes", "META-INF", "MANIFEST.MF");
        assertThat(manifest).as("bnd writes the manifest before the tests run").isRegularFile();
        String header;
        try (InputStream in = Files.newInputStream(manifest)) {
            header = new Manifest(in).getMainAttributes().getValue("Export-Package");
        }
        Map<String, int[]> packages = new LinkedHashMap<>();
        Matcher m = EXPORT.matcher(header);
        while (m.find()) {
            packages.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        return packages;
    }

    @Test
    void everyExportedPackageHasTheApisMajorVersion() throws IOException {
        Map<String, int[]> packages = exportedPackages();
        assertThat(packages).containsKeys("vn.dangbo.portal.api", "vn.dangbo.portal.api.program",
                "vn.dangbo.portal.api.indicator", "vn.dangbo.portal.api.query", "vn.dangbo.portal.api.model",
                "vn.dangbo.portal.api.page");
        assertThat(packages.values()).allSatisfy(version -> assertThat(version[0]).isEqualTo(ApiVersion.MAJOR));
    }

    @Test
    void theApisMinorVersionIsTheHighestMinorOfItsPackages() throws IOException {
        int highest = exportedPackages().values().stream().mapToInt(version -> version[1]).max().orElseThrow();
        assertThat(ApiVersion.MINOR).isEqualTo(highest);
        assertThat(ApiVersion.current()).isEqualTo(ApiVersion.MAJOR + "." + highest);
    }
}
