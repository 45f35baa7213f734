package vn.dangbo.portal.datagen.sink;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import vn.dangbo.portal.datagen.record.GeneratedRecord;

/** Counts records per kind (sorted by kind name so reports are stable). */
public final class CountingSink implements DataSink {

    private final Map<String, Long> counts = new TreeMap<>();
    private long total;

    @Override
    public void accept(GeneratedRecord record) {
        counts.merge(record.recordType(), 1L, Long::sum);
        total++;
    }

    public long total() {
        return total;
    }

    public long count(Class<? extends GeneratedRecord> kind) {
        return counts.getOrDefault(kind.getSimpleName(), 0L);
    }

    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }
}
