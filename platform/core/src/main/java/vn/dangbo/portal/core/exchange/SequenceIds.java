package vn.dangbo.portal.core.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from the shared sequence portal_id_seq exactly as EclipseLink takes them (IdentifiedEntity:
 * allocation size 50, the sequence increments by 50 in migration V2): each value drawn stands for the
 * 50 ids ending with it. Rows written by the import and entities persisted later never collide, and no
 * DDL is needed (unlike the bulk load's IdBlock), so the import stays inside its transaction.
 */
final class SequenceIds {

    static final int ALLOCATION = 50;

    private final Connection connection;
    private long next = 1;
    private long last;

    SequenceIds(Connection connection) {
        this.connection = connection;
    }

    long next() throws SQLException {
        if (next > last) {
            try (PreparedStatement s = connection.prepareStatement("SELECT nextval('portal_id_seq')");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
                next = last - ALLOCATION + 1;
            }
        }
        return next++;
    }
}
