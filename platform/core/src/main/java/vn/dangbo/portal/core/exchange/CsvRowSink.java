package vn.dangbo.portal.core.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese right). */
public final class CsvRowSink implements RowSink {

    private final Writer writer;

    public CsvRowSink(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
    }

    @Override
    public void write(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String v = cells[i] == null ? "" : cells[i];
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(v.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(v);
            }
        }
        writer.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
