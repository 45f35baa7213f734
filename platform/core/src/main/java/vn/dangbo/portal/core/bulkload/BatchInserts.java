package vn.dangbo.portal.core.bulkload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One prepared INSERT per table, filled in batches. Tables are declared parents first; when any batch
 * is full, every table's batch is sent in that order, so a row is never sent before the rows it
 * references (the foreign keys are checked per statement).
 */
public final class BatchInserts implements AutoCloseable {

    private final Connection connection;
    private final int batchSize;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    public BatchInserts(Connection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    /** Declares a table and the columns given to {@link #insert}, in order. Declare parents first. */
    public BatchInserts table(String name, String... columns) throws SQLException {
        String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.length - 1) + "?)";
        tables.put(name, new Table(name, connection.prepareStatement(sql), columns.length));
        return this;
    }

    public void insert(String table, Object... values) {
        Table t = tables.get(table);
        if (t == null) {
            throw new IllegalArgumentException("table " + table + " not declared");
        }
        if (values.length != t.columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + t.columns + " columns");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                t.statement.setObject(i + 1, values[i]);
            }
            t.statement.addBatch();
        } catch (SQLException e) {
            throw new LoadException("Cannot add a row to " + table, e);
        }
        if (++t.pending >= batchSize) {
            flush();
        }
    }

    /** Sends every pending batch, parents first. */
    public void flush() {
        for (Table t : tables.values()) {
            if (t.pending == 0) {
                continue;
            }
            long start = System.nanoTime();
            try {
                t.statement.executeBatch();
            } catch (SQLException e) {
                SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                throw new LoadException("Batch insert into " + t.name + " failed: " + cause.getMessage(), e);
            }
            t.nanos += System.nanoTime() - start;
            t.rows += t.pending;
            t.pending = 0;
        }
    }

    /** Rows sent per table, and the time spent sending them. */
    Map<String, LoadReport.TableFigures> figures() {
        Map<String, LoadReport.TableFigures> result = new LinkedHashMap<>();
        tables.values().forEach(t -> result.put(t.name, new LoadReport.TableFigures(t.rows, t.nanos)));
        return result;
    }

    @Override
    public void close() {
        for (Table t : tables.values()) {
            try {
                t.statement.close();
            } catch (SQLException e) {
                // Closing after the transaction ended: nothing left to lose.
            }
        }
    }

    private static final class Table {
        final String name;
        final PreparedStatement statement;
        final int columns;
        int pending;
        long rows;
        long nanos;

        Table(String name, PreparedStatement statement, int columns) {
            this.name = name;
            this.statement = statement;
            this.columns = columns;
        }
    }
}
