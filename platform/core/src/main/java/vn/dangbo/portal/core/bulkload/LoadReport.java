package vn.dangbo.portal.core.bulkload;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * What a load did: generated records per type, rows per table with the time spent sending them, and
 * the whole time (generating, mapping, inserting and committing).
 */
public record LoadReport(long seed, double scale, Map<String, Long> records, Map<String, TableFigures> tables,
        Map<String, Long> adjustments, long totalNanos) {

    public LoadReport {
        records = Map.copyOf(records);
        tables = Map.copyOf(tables);
        adjustments = Map.copyOf(adjustments);
    }

    /** Rows sent to one table and the time its batches took. */
    public record TableFigures(long rows, long nanos) {
    }

    public long totalRows() {
        return tables.values().stream().mapToLong(TableFigures::rows).sum();
    }

    public long totalRecords() {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }

    public double seconds() {
        return totalNanos / 1e9;
    }

    /** Rows of the table, 0 when none. */
    public long rows(String table) {
        TableFigures f = tables.get(table);
        return f == null ? 0 : f.rows();
    }

    /** One line. */
    public String summary() {
        return String.format(Locale.ROOT, "%,d records -> %,d rows in %.1f s (%,.0f rows/s), seed %d, scale %s",
                totalRecords(), totalRows(), seconds(), totalRows() / Math.max(seconds(), 1e-9), seed, scale);
    }

    /** The figures as a table: records per type, then rows per table with rows/s of its batches. */
    public void print(PrintStream out) {
        out.println("generated record type            records");
        records.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.printf(Locale.ROOT, "  %-28s %,12d%n", e.getKey(), e.getValue()));
        out.println("table                               rows   insert s    rows/s (insert time)");
        tables.entrySet().stream().sorted(Map.Entry.comparingByKey()).filter(e -> e.getValue().rows() > 0)
                .forEach(e -> {
                    double s = e.getValue().nanos() / 1e9;
                    out.printf(Locale.ROOT, "  %-28s %,12d %9.2f %,12.0f%n", e.getKey(), e.getValue().rows(), s,
                            e.getValue().rows() / Math.max(s, 1e-9));
                });
        adjustments.forEach((what, n) -> out.printf(Locale.ROOT, "mapping: %,d %s%n", n, what));
        out.println("total: " + summary());
    }
}
