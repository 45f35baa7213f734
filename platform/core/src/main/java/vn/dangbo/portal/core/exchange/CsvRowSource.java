package vn.dangbo.portal.core.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 describes it (comma, double quotes, doubled quotes inside, line breaks inside
 * quotes), UTF-8 with or without a byte-order mark. Reads one row at a time.
 */
public final class CsvRowSource implements RowSource {

    private final Reader reader;

    public CsvRowSource(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void forEachRow(RowHandler handler) throws IOException {
        int row = 0;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                handler.row(++row, cells.toArray(String[]::new));
                cells.clear();
                any = false;
            } else {
                cell.append((char) c);
            }
            c = reader.read();
        }
        if (any) {
            cells.add(cell.toString());
            handler.row(++row, cells.toArray(String[]::new));
        }
    }
}
