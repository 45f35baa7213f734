package vn.dangbo.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.host.config.HostSettings;
import vn.dangbo.portal.host.framework.PluginFramework;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;
import vn.dangbo.portal.it.host.TestBundles;

/**
 * Hostile uploads, of module jars (upload and update) and of people files (CSV, XLSX): too large,
 * zip bombs, entries that escape with ../ or absolute paths, truncated archives, something else
 * under the name (a PNG as a jar, a CSV as an XLSX). Each is refused with a message saying what is
 * wrong, and leaves no trace: no module or version row, no bundle in the framework, no file in the
 * upload check folder or the framework cache, no person or event. Runs inside the server, so that it
 * can look at the framework, the database and the server's folders.
 */
@ExtendWith(ArquillianExtension.class)
class HostileUploadIT {

    private static final String GOOD = "vn.dangbo.portal.fixture.good";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(HostileUploadIT.class, TestBundles.class)
                // Read here on the client (the build's test bundles), used inside the server.
                .addAsResource(new ByteArrayAsset(TestBundles.bytes("good-v1")), "hostile/good-v1.jar");
    }

    @EJB
    PluginFramework framework;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    private final PortalHttp admin = PortalHttp.as("admin");
    private final PortalHttp cantho = PortalHttp.as("cantho");

    /** What an upload could leave behind. */
    record Traces(int bundles, long modules, long versions, long people, long events, long checkFiles,
            long cacheFiles) {
    }

    @BeforeEach
    @AfterEach
    void noModules() {
        HttpResponse<String> modules = admin.get("api/v1/modules");
        for (JsonObject module : PortalHttp.json("{\"m\":" + modules.body() + "}").getJsonArray("m")
                .getValuesAs(JsonObject.class)) {
            admin.delete("api/v1/modules/" + module.getString("symbolicName"));
        }
    }

    @Test
    void hostileJarsAreRefusedOnUploadAndLeaveNoTrace() throws Exception {
        refusedJar(zipBomb("META-INF/MANIFEST.MF", 200), "expands to more than 64 MB");
        refusedJar(zipBomb("META-INF/MANIFEST.MF", 10), "looks like a zip bomb");
        refusedJar(zip("META-INF/MANIFEST.MF", manifest(), "../../../standalone/deployments/evil.war", new byte[] {1}),
                "climbs out of the archive with '..'");
        refusedJar(zip("META-INF/MANIFEST.MF", manifest(), "/tmp/evil.sh", new byte[] {1}), "is an absolute path");
        byte[] good = goodJar();
        refusedJar(Arrays.copyOf(good, good.length / 2), "damaged");
        refusedJar(png(), "is not a zip archive: it is a PNG image");
        refusedJar("Bundle-SymbolicName: x\n".getBytes(StandardCharsets.UTF_8), "is not a zip archive: it looks like text");

        Traces before = traces();
        HttpResponse<String> tooLarge = send(admin, "POST", "api/v1/modules", "application/octet-stream",
                new byte[20 * 1024 * 1024 + 1]);
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("larger than 20 MB"), tooLarge.body());
        assertEquals(before, traces());
    }

    @Test
    void hostileJarsAreRefusedAsAnUpdateAndTheModuleStaysAsItWas() throws Exception {
        HttpResponse<String> installed = send(admin, "POST", "api/v1/modules", "application/octet-stream", goodJar());
        assertEquals(201, installed.statusCode(), installed.body());
        String version = PortalHttp.json(installed.body()).getString("version");
        Traces before = traces();
        for (byte[] hostile : new byte[][] {zipBomb("META-INF/MANIFEST.MF", 200),
                zip("META-INF/MANIFEST.MF", manifest(), "../evil.class", new byte[] {1}), png()}) {
            HttpResponse<String> update = send(admin, "PUT", "api/v1/modules/" + GOOD, "application/octet-stream",
                    hostile);
            assertEquals(422, update.statusCode(), update.body());
            assertTrue(update.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(before, traces());
        }
        JsonObject module = PortalHttp.json(admin.get("api/v1/modules/" + GOOD).body());
        assertTrue(module.toString().contains("\"" + version + "\""), module.toString());
    }

    @Test
    void hostilePeopleFilesAreRefusedAndNothingIsImported() throws Exception {
        refusedImport("xlsx", png(), "Tệp XLSX is not a zip archive: it is a PNG image");
        refusedImport("xlsx", "external_id,full_name\nx-1,Tên\n".getBytes(StandardCharsets.UTF_8),
                "Tệp XLSX is not a zip archive: it looks like text");
        refusedImport("xlsx", zipBomb("xl/worksheets/sheet1.xml", 20), "looks like a zip bomb");
        refusedImport("xlsx", zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "../../xl/worksheets/sheet1.xml", "<x/>".getBytes(StandardCharsets.UTF_8)), "climbs out");
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(
                cantho.request("api/v1/people-files?format=xlsx").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        byte[] workbook = export.body();
        refusedImport("xlsx", Arrays.copyOf(workbook, workbook.length / 2), "Tệp XLSX", "Không đọc được tệp");
        byte[] large = new byte[50 * 1024 * 1024 + 1];
        new Random(7).nextBytes(large);
        refusedImport("xlsx", large, "Tệp XLSX lớn hơn 50 MB");
        refusedImport("csv", png(), "Tệp gửi dạng CSV nhưng không phải văn bản: it is a PNG image");
        refusedImport("csv", zip("xl/workbook.xml", "<x/>".getBytes(StandardCharsets.UTF_8)), "là một tệp zip");
    }

    private void refusedJar(byte[] jar, String reason) throws Exception {
        Traces before = traces();
        HttpResponse<String> response = send(admin, "POST", "api/v1/modules", "application/octet-stream", jar);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains(reason), "expected '" + reason + "' in " + response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("at vn."), response.body());
        assertEquals(before, traces(), reason);
    }

    private void refusedImport(String format, byte[] file, String... reasons) throws Exception {
        String reason = String.join(" or ", reasons);
        Traces before = traces();
        HttpResponse<String> response = send(cantho, "POST", "api/v1/people-files?format=" + format + "&file=hostile."
                + format, format.equals("xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv", file);
        assertEquals(422, response.statusCode(), response.body());
        JsonObject report = PortalHttp.json(response.body());
        assertFalse(report.getBoolean("accepted"));
        assertFalse(report.getJsonArray("errors").isEmpty());
        String first = report.getJsonArray("errors").getJsonObject(0).getString("reason");
        assertTrue(Arrays.stream(reasons).anyMatch(first::contains), "expected " + reason + " in " + first);
        assertEquals(before, traces(), reason);
    }

    private Traces traces() throws SQLException, IOException {
        HostSettings settings = HostSettings.fromEnvironment();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return new Traces(framework.context().getBundles().length, count(s, "plugin_module"),
                    count(s, "plugin_module_version"), count(s, "person"), count(s, "membership_event"),
                    files(settings.uploadCheckDir()), files(settings.frameworkStorage()));
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static HttpResponse<String> send(PortalHttp http, String method, String path, String type, byte[] body) {
        HttpRequest.Builder request = http.request(path);
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (body == null) {
            return http.send(request.GET());
        }
        return http.send(request.timeout(java.time.Duration.ofSeconds(120))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] goodJar() throws IOException {
        try (InputStream in = HostileUploadIT.class.getClassLoader().getResourceAsStream("hostile/good-v1.jar")) {
            return in.readAllBytes();
        }
    }

    private static byte[] manifest() {
        return ("Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + GOOD
                + ".evil\nBundle-Version: 9.0.0\nPortal-Province: can-tho\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        byte[] png = new byte[4096];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        return png;
    }

    /** A small archive whose second entry is {@code megabytes} MB of zeros. */
    private static byte[] zipBomb(String first, int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(first));
            zip.write(manifest());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Object... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
