package vn.dangbo.portal.datagen.sink;

import vn.dangbo.portal.datagen.record.GeneratedRecord;

/**
 * Receives the generated stream, one record at a time, in emission order: parents before children,
 * people before their events, each person's events in date order. Implementations must not keep
 * everything (the full scale is millions of records) unless they are meant for small scales.
 */
public interface DataSink extends AutoCloseable {

    void accept(GeneratedRecord record);

    /** Flushes and releases resources; called once after the last record. */
    @Override
    default void close() {
    }

    /** Both sinks, in order. */
    default DataSink andThen(DataSink next) {
        DataSink first = this;
        return new DataSink() {
            @Override
            public void accept(GeneratedRecord record) {
                first.accept(record);
                next.accept(record);
            }

            @Override
            public void close() {
                try {
                    first.close();
                } finally {
                    next.close();
                }
            }
        };
    }
}
