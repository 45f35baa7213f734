package vn.dangbo.portal.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArchiveCheckTest {

    private final ZipArchiveCheck check = new ZipArchiveCheck(ArchiveLimits.PLUGIN_JAR, "The jar");

    @Test
    void anOrdinaryArchivePasses(@TempDir Path dir) throws IOException {
        byte[] zip = zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8),
                "a/b/C.class", new byte[] {1, 2, 3});
        List<String> problems = new ArrayList<>();
        assertThat(check.inspect(zip, Files.write(dir.resolve("ok.jar"), zip), problems)).as(problems.toString())
                .isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void aWorkbookAsPoiStreamsItPasses() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            var sheet = workbook.createSheet("people");
            for (int r = 0; r < 1000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Nguyễn Văn " + r);
            }
            workbook.write(out);
        }
        List<String> problems = new ArrayList<>();
        assertThat(new ZipArchiveCheck(ArchiveLimits.XLSX, "Tệp XLSX").inspect(out.toByteArray(), problems))
                .as(problems.toString()).isTrue();
    }

    @Test
    void entriesThatEscapeAreRefusedByName() throws IOException {
        assertThat(problems(zip("../../etc/cron.d/x", new byte[] {1})))
                .anySatisfy(p -> assertThat(p).contains("climbs out").contains("../../etc/cron.d/x"));
        assertThat(problems(zip("/tmp/x", new byte[] {1}))).anySatisfy(p -> assertThat(p).contains("absolute"));
        // Read as a DOS archive's name, the backslashes may become slashes: refused either way.
        assertThat(problems(zip("a\\..\\..\\x", new byte[] {1})))
                .anySatisfy(p -> assertThat(p).containsAnyOf("backslash", "climbs out"));
        assertThat(ZipArchiveCheck.unsafeName("a\\b")).isEqualTo("contains a backslash");
        assertThat(problems(zip("C:/x", new byte[] {1}))).anySatisfy(p -> assertThat(p).contains("drive letter"));
        assertThat(ZipArchiveCheck.unsafeName("a/..b/c")).isNull();
    }

    @Test
    void aPngNamedJarIsNoZip() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThat(problems(png)).containsExactly("The jar is not a zip archive: it is a PNG image");
        assertThat(problems("external_id,full_name\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("The jar is not a zip archive: it looks like text");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        byte[] zip = zip("a.txt", "x".repeat(100_000).getBytes(StandardCharsets.UTF_8), "b.txt",
                "y".repeat(1000).getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(zip, zip.length / 3);
        assertThat(problems(cut)).singleElement().satisfies(p -> assertThat(p).contains("damaged or truncated"));
    }

    @Test
    void aBombIsStoppedWhileInflating() throws IOException {
        // 200 MB of zeros: about 200 KB compressed.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThat(problems(out.toByteArray())).singleElement()
                .satisfies(p -> assertThat(p).contains("expands to more than 64 MB"));
    }

    @Test
    void aHighRatioEntryWithinTheSizeLimitIsABombToo() throws IOException {
        byte[] zip = zip("small-bomb.bin", new byte[10 * 1024 * 1024]);
        assertThat(problems(zip)).singleElement().satisfies(p -> assertThat(p).contains("zip bomb"));
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        ArchiveLimits few = new ArchiveLimits(3, 1024 * 1024, 100);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 5; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.closeEntry();
            }
        }
        List<String> problems = new ArrayList<>();
        assertThat(new ZipArchiveCheck(few, "The file").inspect(out.toByteArray(), problems)).isFalse();
        assertThat(problems).containsExactly("The file has more than 3 entries");
    }

    private List<String> problems(byte[] archive) {
        List<String> problems = new ArrayList<>();
        boolean passed = check.inspect(archive, problems);
        assertThat(passed).isEqualTo(problems.isEmpty());
        return problems;
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
