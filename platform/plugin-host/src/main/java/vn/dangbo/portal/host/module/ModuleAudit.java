package vn.dangbo.portal.host.module;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The audit trail of module actions. Each entry is written in a transaction of its own, so refused
 * and failed actions are recorded even though the action itself rolls back.
 */
@Stateless
public class ModuleAudit {

    private static final int DETAIL_LENGTH = 4000;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String symbolicName, String version, String outcome,
            String detail) {
        String sql = "INSERT INTO plugin_audit (occurred_at, actor, action, symbolic_name, version, outcome, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(Instant.now()));
            statement.setString(2, actor == null ? "anonymous" : actor);
            statement.setString(3, action);
            statement.setString(4, symbolicName);
            statement.setString(5, version);
            statement.setString(6, outcome);
            statement.setString(7, detail == null || detail.length() <= DETAIL_LENGTH ? detail
                    : detail.substring(0, DETAIL_LENGTH));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the module audit trail: " + e.getMessage(), e);
        }
    }

    /** The latest entries, newest first; of one module when {@code symbolicName} is given. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> latest(String symbolicName, int limit) {
        String sql = "SELECT occurred_at, actor, action, symbolic_name, version, outcome, detail FROM plugin_audit"
                + (symbolicName == null ? "" : " WHERE symbolic_name = ?") + " ORDER BY id DESC";
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (symbolicName != null) {
                statement.setString(1, symbolicName);
            }
            statement.setMaxRows(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the module audit trail: " + e.getMessage(), e);
        }
        return entries;
    }
}
