package vn.dangbo.portal.core.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs the aggregate queries on one JDBC connection. A parameter that is a collection expands its
 * {@code ?} into one placeholder per element ({@code IN (?)} with a list of province codes), so the
 * same SQL text serves H2 and PostgreSQL without arrays.
 */
final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) {
        List<Object> flat = new ArrayList<>();
        String text = expand(sql, params, flat);
        try (PreparedStatement statement = connection.prepareStatement(text)) {
            for (int i = 0; i < flat.size(); i++) {
                bind(statement, i + 1, flat.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(row.map(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage() + "\n" + text, e);
        }
    }

    long count(String sql, Object... params) {
        List<Long> rows = list(sql, rs -> rs.getLong(1), params);
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else {
            statement.setObject(index, value);
        }
    }

    private static String expand(String sql, Object[] params, List<Object> flat) {
        StringBuilder text = new StringBuilder(sql.length() + 32);
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '?') {
                text.append(c);
                continue;
            }
            if (next >= params.length) {
                throw new IllegalArgumentException("More placeholders than parameters in: " + sql);
            }
            Object param = params[next++];
            if (param instanceof Collection<?> values) {
                if (values.isEmpty()) {
                    // IN () is not SQL; NULL matches nothing.
                    text.append("NULL");
                } else {
                    text.append("?,".repeat(values.size()), 0, values.size() * 2 - 1);
                    for (Object v : values) {
                        flat.add(v instanceof Enum<?> e ? e.name() : v);
                    }
                }
            } else {
                text.append('?');
                flat.add(param);
            }
        }
        if (next != params.length) {
            throw new IllegalArgumentException("More parameters than placeholders in: " + sql);
        }
        return text.toString();
    }
}
