package vn.dangbo.portal.core.exchange;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.portal.core.upload.ArchiveLimits;
import vn.dangbo.portal.core.upload.ContentSniffer;
import vn.dangbo.portal.core.upload.ZipArchiveCheck;

/**
 * The checks an uploaded people file passes before a single row is read: not larger than its
 * format allows, and evidently of the format it is sent as (an XLSX is an intact zip without
 * escaping names or a bomb in it; a CSV is text, not a zip or an image). Nothing is written: an XLSX
 * is held in memory (POI would read it into memory anyway), a CSV is read as it streams, counted.
 */
final class ImportUpload {

    /** An XLSX of 100,000 people is about 10 MB. */
    static final int MAX_XLSX_BYTES = 50 * 1024 * 1024;
    /** A CSV of 100,000 people with their events is about 30 MB. */
    static final long MAX_CSV_BYTES = 200L * 1024 * 1024;

    /** The rows to import, or the reasons the file is refused as a whole. */
    record Prepared(RowSource rows, List<String> problems) {
    }

    private ImportUpload() {
    }

    static Prepared prepare(PeopleImporter.Format format, InputStream in) throws IOException {
        return prepare(format, in, MAX_XLSX_BYTES, MAX_CSV_BYTES);
    }

    static Prepared prepare(PeopleImporter.Format format, InputStream in, int maxXlsx, long maxCsv)
            throws IOException {
        if (in == null) {
            return refused("Không có nội dung tệp trong yêu cầu");
        }
        return format == PeopleImporter.Format.XLSX ? xlsx(in, maxXlsx) : csv(in, maxCsv);
    }

    private static Prepared xlsx(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            return refused("Tệp XLSX lớn hơn " + mb(max) + "; hãy chia nhỏ hoặc gửi CSV");
        }
        List<String> problems = new ArrayList<>();
        if (!new ZipArchiveCheck(ArchiveLimits.XLSX, "Tệp XLSX").inspect(bytes, problems)) {
            return new Prepared(null, problems);
        }
        return new Prepared(new XlsxRowSource(new ByteArrayInputStream(bytes)), List.of());
    }

    private static Prepared csv(InputStream in, long max) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(new Limited(in, max), 64 * 1024);
        buffered.mark(8192);
        byte[] head = buffered.readNBytes(8192);
        buffered.reset();
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return refused("Tệp gửi dạng CSV nhưng là một tệp zip (có thể là XLSX): gửi lại với format=xlsx");
        }
        if (ContentSniffer.isBinary(head)) {
            return refused("Tệp gửi dạng CSV nhưng không phải văn bản" + ContentSniffer.describe(head));
        }
        return new Prepared(new CsvRowSource(buffered), List.of());
    }

    private static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
    }

    private static Prepared refused(String reason) {
        return new Prepared(null, List.of(reason));
    }

    /** Fails the read once more than {@code max} bytes came through (the import then keeps nothing). */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("tệp CSV lớn hơn " + mb(max) + "; hãy chia thành nhiều tệp");
            }
        }
    }
}
