package vn.dangbo.portal.core.exchange;

import java.io.IOException;

/** A file written row by row, streaming. */
public interface RowSink extends AutoCloseable {

    void write(String[] cells) throws IOException;

    @Override
    void close() throws IOException;
}
