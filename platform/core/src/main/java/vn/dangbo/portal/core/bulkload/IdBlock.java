package vn.dangbo.portal.core.bulkload;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids for the loaded rows, taken from the same sequence EclipseLink uses (portal_id_seq): the block
 * starts at the sequence's next value, and when the load ends the sequence restarts past the block,
 * so entities created later never collide with loaded rows.
 */
final class IdBlock {

    /** Room left above the block: EclipseLink pre-allocates 50 ids below the value it draws. */
    private static final long MARGIN = 100;

    private final long first;
    private long next;

    private IdBlock(long first) {
        this.first = first;
        this.next = first;
    }

    static IdBlock reserve(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT nextval('portal_id_seq')")) {
            rs.next();
            return new IdBlock(rs.getLong(1));
        }
    }

    long next() {
        return next++;
    }

    long used() {
        return next - first;
    }

    /** Moves the sequence past every id handed out. */
    void release(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER SEQUENCE portal_id_seq RESTART WITH " + (next + MARGIN));
        }
    }
}
