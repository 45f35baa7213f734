package vn.dangbo.portal.core.bulkload;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * The bulk-load command: migrates the schema (the same Flyway migrations as the portal) and loads the
 * generated data at the given scale, then prints rows per table and rows per second.
 *
 * <pre>
 * BulkLoad jdbc-url user password [scale=1.0] [seed=20250701]
 * </pre>
 * For PostgreSQL add {@code reWriteBatchedInserts=true} to the URL (multi-row inserts) and
 * {@code currentSchema=...} for a schema of your own.
 */
public final class BulkLoad {

    /** The seed of demo mode too, so a bulk load and the demo show the same organisations. */
    public static final long DEFAULT_SEED = 20250701L;

    private BulkLoad() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: BulkLoad <jdbc-url> <user> <password> [scale=1.0] [seed=" + DEFAULT_SEED + "]");
            System.exit(2);
        }
        String url = args[0];
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : DEFAULT_SEED;

        long start = System.nanoTime();
        int applied = Flyway.configure(BulkLoad.class.getClassLoader())
                .dataSource(url, args[1], args[2])
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load().migrate().migrationsExecuted;
        System.out.printf(Locale.ROOT, "schema migrated (%d migrations applied) in %.1f s%n", applied,
                (System.nanoTime() - start) / 1e9);
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            if (DemoDataCheck.hasOrganisations(connection)) {
                System.err.println("The database already holds organisations: load into an empty schema.");
                System.exit(1);
            }
            LoadReport report = new GeneratedDataLoader(seed, scale).load(connection);
            report.print(System.out);
            vacuumAnalyse(connection);
        }
    }

    /**
     * On PostgreSQL, VACUUM (ANALYZE) every table of the schema: right after a bulk load the planner has no
     * statistics (it then chose plans that ran for minutes) and, until a table is vacuumed, an index alone
     * cannot answer a count. Autovacuum would get there, but only some time after the load.
     */
    static void vacuumAnalyse(Connection connection) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        long start = System.nanoTime();
        connection.setAutoCommit(true);
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("VACUUM (ANALYZE) " + statement.enquoteIdentifier(connection.getSchema(), true) + "."
                        + statement.enquoteIdentifier(table, true));
            }
        }
        System.out.printf(Locale.ROOT, "vacuumed and analysed %d tables in %.1f s%n", tables.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
