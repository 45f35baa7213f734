package vn.dangbo.portal.core.exchange;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX written with POI's streaming workbook: only a window of rows stays in memory, the rest goes
 * to a temporary file, so 100,000 rows fit. Every cell is text (dates as yyyy-MM-dd).
 */
public final class XlsxRowSink implements RowSink {

    private static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private int next;

    public XlsxRowSink(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
    }

    @Override
    public void write(String[] cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
