import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import vn.dangbo.portal.core.bulkload.GeneratedDataLoader;
import vn.dangbo.portal.core.bulkload.RuleSettingsReader;
import vn.dangbo.portal.core.exchange.CsvRowSink;
import vn.dangbo.portal.core.exchange.CsvRowSource;
import vn.dangbo.portal.core.exchange.ImportReport;
import vn.dangbo.portal.core.exchange.PeopleFileExport;
import vn.dangbo.portal.core.exchange.PeopleFileLoader;
import vn.dangbo.portal.core.exchange.RowSink;
import vn.dangbo.portal.core.exchange.RowSource;
import vn.dangbo.portal.core.exchange.XlsxRowSink;
import vn.dangbo.portal.core.exchange.XlsxRowSource;
import vn.dangbo.portal.core.rules.RuleSettings;

/**
 * Import benchmark (docs/benchmarks.md, "Import"); a measurement, not a test.
 *
 * <ol>
 * <li>migrates the schema and, when it holds no organisation yet, bulk-loads the synthetic data of
 * portal-datagen at the given scale (organisations, areas, units and people with their histories);</li>
 * <li>exports every generated person with their events and occupations to a CSV file
 * (PeopleFileExport), each external id prefixed with a mark of the run ({@code imp…-}) so that the
 * file describes people new to the database (people of earlier runs are left out);</li>
 * <li>imports that file with PeopleFileLoader (the code behind POST /api/v1/people-files) in one
 * transaction, every rule checked: rows/s, people/s, heap peak;</li>
 * <li>imports it again (nothing may change: re-import), then the same rows as XLSX (streaming reader).</li>
 * </ol>
 *
 * <pre>
 * java -Xmx512m -cp CLASSPATH platform/core/src/bench/PeopleImportBenchmark.java jdbc-url user password [scale=0.13]
 * </pre>
 */
public class PeopleImportBenchmark {

    private static final String PROVINCE = "hai-phong";
    /** Marks the people a run imports; a run exports only people no earlier run imported. */
    private static final String MARK = "imp";
    private static final String PREFIX = MARK + Long.toString(System.currentTimeMillis() % 1_000_000, 36) + "-";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PeopleImportBenchmark <jdbc-url> <user> <password> [scale=0.13]");
            System.exit(2);
        }
        String url = args[0];
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 0.13;
        System.out.printf(Locale.ROOT, "JVM max heap %d MiB, %d processors, %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), url);

        Flyway.configure(PeopleImportBenchmark.class.getClassLoader()).dataSource(url, args[1], args[2])
                .locations("classpath:db/migration").load().migrate();
        Path csv = Files.createTempFile("people-", ".csv");
        Path xlsx = Files.createTempFile("people-", ".xlsx");
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            if (count(c, "SELECT COUNT(*) FROM party_organisation") == 0) {
                long start = System.nanoTime();
                new GeneratedDataLoader(20250701L, scale).load(c);
                System.out.printf(Locale.ROOT, "generated data loaded (scale %.3f) in %.1f s%n", scale,
                        seconds(start));
            } else {
                System.out.println("generated data already loaded: the file is made of the people no run imported");
            }

            c.setAutoCommit(false); // PostgreSQL streams the export cursor only inside a transaction
            long rows = export(c, csv, CsvRowSink::new);
            export(c, xlsx, out -> new XlsxRowSink(out, "people"));
            c.commit();
            long people = count(c, "SELECT COUNT(*) FROM person WHERE external_id NOT LIKE '" + MARK + "%'");
            System.out.printf(Locale.ROOT, "file: %,d rows (one per event), %,d people, CSV %,d KiB, XLSX %,d KiB%n",
                    rows, people, Files.size(csv) >> 10, Files.size(xlsx) >> 10);

            RuleSettings rules = RuleSettingsReader.read(c);
            run("import (new people)", c, rules, csv, CsvRowSource::new);
            run("re-import (nothing changes)", c, rules, csv, CsvRowSource::new);
            run("re-import as XLSX", c, rules, xlsx, XlsxRowSource::new);
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(xlsx);
        }
    }

    private static long export(Connection c, Path file, SinkFactory sinkOf) throws Exception {
        Prefixed prefixed;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                RowSink sink = sinkOf.open(out)) {
            prefixed = new Prefixed(sink);
            PeopleFileExport.write(c, null, prefixed);
        }
        return prefixed.rows;
    }

    private static void run(String what, Connection c, RuleSettings rules, Path file,
            Function<InputStream, RowSource> sourceOf) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ImportReport report;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            report = new PeopleFileLoader(c, rules, PROVINCE, LocalDateTime.now()).load(file.getFileName().toString(),
                    sourceOf.apply(in));
        }
        if (report.accepted()) {
            c.commit();
        } else {
            c.rollback();
        }
        double s = seconds(start);
        // The machine is shared: the importing thread's own CPU time says what the code costs.
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%s: accepted=%s, %,d rows in %.1f s = %,.0f rows/s (%,.0f people/s); "
                + "created %,d, updated %,d, events recorded %,d, unchanged %,d, errors %d; heap peak %d MiB; "
                + "importing thread CPU %.1f s (%,.0f rows per CPU second)%n",
                what, report.accepted(), report.rows(), s, report.rows() / s,
                (report.peopleCreated() + report.peopleUpdated()) / s, report.peopleCreated(), report.peopleUpdated(),
                report.eventsRecorded(), report.eventsUnchanged(), report.errors().size(), peak >> 20, cpu,
                report.rows() / cpu);
        report.errors().stream().limit(10).forEach(e -> System.out.println("  " + e));
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private interface SinkFactory {
        RowSink open(OutputStream out) throws java.io.IOException;
    }

    /** Prefixes the external id of every data row: the file then describes people new to the database. */
    private static final class Prefixed implements RowSink {
        private final RowSink sink;
        private boolean header = true;
        long rows;

        Prefixed(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void write(String[] cells) throws java.io.IOException {
            if (header) {
                header = false;
            } else if (cells[0].startsWith(MARK)) {
                return; // imported by an earlier run
            } else {
                cells[0] = PREFIX + cells[0];
                rows++;
            }
            sink.write(cells);
        }

        @Override
        public void close() throws java.io.IOException {
            sink.close();
        }
    }
}
