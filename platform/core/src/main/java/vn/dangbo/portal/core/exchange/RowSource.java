package vn.dangbo.portal.core.exchange;

import java.io.IOException;

/** A file read row by row, streaming: rows are handed over as they are read, never all kept. */
public interface RowSource {

    /** Receives one row: its number in the file (the header is row 1) and its cells. */
    @FunctionalInterface
    interface RowHandler {
        void row(int rowNumber, String[] cells);
    }

    void forEachRow(RowHandler handler) throws IOException;
}
