package vn.dangbo.portal.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ImportUploadTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    @Test
    void aCsvIsReadAsItStreamsUntilItPassesItsLimit() throws IOException {
        String csv = "external_id,full_name\n" + "x,Tên\n".repeat(100);
        ImportUpload.Prepared ok = ImportUpload.prepare(PeopleImporter.Format.CSV, in(csv.getBytes(StandardCharsets.UTF_8)),
                1000, 10_000);
        assertThat(ok.problems()).isEmpty();
        List<String[]> rows = new ArrayList<>();
        ok.rows().forEachRow((number, cells) -> rows.add(cells));
        assertThat(rows).hasSize(101);

        // Past the limit the read fails, whether while sniffing its head or while reading rows.
        assertThatThrownBy(() -> ImportUpload.prepare(PeopleImporter.Format.CSV,
                in(csv.getBytes(StandardCharsets.UTF_8)), 1000, 300).rows().forEachRow((number, cells) -> { }))
                .hasMessageContaining("tệp CSV lớn hơn 300 byte");
        String longer = csv + "y,Tên\n".repeat(40_000);
        ImportUpload.Prepared streamed = ImportUpload.prepare(PeopleImporter.Format.CSV,
                in(longer.getBytes(StandardCharsets.UTF_8)), 1000, 150_000);
        assertThat(streamed.problems()).isEmpty();
        assertThatThrownBy(() -> streamed.rows().forEachRow((number, cells) -> { }))
                .hasMessageContaining("tệp CSV lớn hơn 150000 byte");
    }

    @Test
    void somethingElseSentAsCsvIsRefusedSayingWhatItIs() throws IOException {
        assertThat(ImportUpload.prepare(PeopleImporter.Format.CSV, in(PNG)).problems())
                .containsExactly("Tệp gửi dạng CSV nhưng không phải văn bản: it is a PNG image");
        assertThat(ImportUpload.prepare(PeopleImporter.Format.CSV, in(zip("xl/workbook.xml"))).problems())
                .singleElement().satisfies(p -> assertThat(p).contains("là một tệp zip").contains("format=xlsx"));
    }

    @Test
    void anXlsxMustBeAnIntactZipWithinItsLimits() throws IOException {
        assertThat(ImportUpload.prepare(PeopleImporter.Format.XLSX,
                in("external_id,full_name\n".getBytes(StandardCharsets.UTF_8))).problems())
                .containsExactly("Tệp XLSX is not a zip archive: it looks like text");
        assertThat(ImportUpload.prepare(PeopleImporter.Format.XLSX, in(zip("../../x.xml"))).problems())
                .singleElement().satisfies(p -> assertThat(p).contains("climbs out"));
        assertThat(ImportUpload.prepare(PeopleImporter.Format.XLSX, in(new byte[2000]), 1000, 1000).problems())
                .containsExactly("Tệp XLSX lớn hơn 1000 byte; hãy chia nhỏ hoặc gửi CSV");
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] zip(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
