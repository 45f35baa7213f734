package vn.dangbo.portal.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRoundTripTest {

    @Test
    void quotesCommasLineBreaksAndVietnameseSurviveARoundTrip() throws IOException {
        String[][] rows = {{"external_id", "full_name"}, {"a-1", "Nguyễn Văn An"}, {"a-2", "Trần, \"Bé\"\nThị"},
                {"a-3", ""}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRowSink sink = new CsvRowSink(out)) {
            for (String[] row : rows) {
                sink.write(row);
            }
        }
        List<String[]> read = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        new CsvRowSource(new ByteArrayInputStream(out.toByteArray())).forEachRow((n, cells) -> {
            numbers.add(n);
            read.add(cells);
        });
        assertThat(numbers).containsExactly(1, 2, 3, 4);
        assertThat(read).containsExactly(rows);
    }

    @Test
    void xlsxRoundTripKeepsCellsAndRowNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRowSink sink = new XlsxRowSink(out, "people")) {
            sink.write(new String[] {"external_id", "full_name", "event"});
            sink.write(new String[] {"a-1", "Đặng Thị Ửng", ""});
            sink.write(new String[] {"a-2", "", "ADMISSION"});
        }
        List<String> read = new ArrayList<>();
        new XlsxRowSource(new ByteArrayInputStream(out.toByteArray()))
                .forEachRow((n, cells) -> read.add(n + ":" + String.join("|", cells)));
        assertThat(read).containsExactly("1:external_id|full_name|event", "2:a-1|Đặng Thị Ửng", "3:a-2||ADMISSION");
    }

    @Test
    void hundredThousandRowsStreamWithoutKeepingThem() throws IOException {
        int rows = 100_000;
        InputStream generated = new InputStream() {
            private byte[] current = new byte[0];
            private int pos;
            private int made;

            @Override
            public int read() {
                if (pos == current.length) {
                    if (made == rows) {
                        return -1;
                    }
                    current = ("p-" + made + ",Nguyễn Văn " + made + ",1990-01-01\r\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                    made++;
                }
                return current[pos++] & 0xff;
            }
        };
        long[] seen = new long[2];
        new CsvRowSource(generated).forEachRow((n, cells) -> {
            seen[0] = n;
            seen[1] += cells.length;
        });
        assertThat(seen[0]).isEqualTo(rows);
        assertThat(seen[1]).isEqualTo(rows * 3L);
    }
}
