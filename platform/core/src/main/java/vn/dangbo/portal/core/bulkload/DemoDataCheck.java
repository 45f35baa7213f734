package vn.dangbo.portal.core.bulkload;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Whether a database already holds data a load would mix with. */
public final class DemoDataCheck {

    private DemoDataCheck() {
    }

    /** True when any party organisation exists (loaded or entered by hand). */
    public static boolean hasOrganisations(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM party_organisation")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
