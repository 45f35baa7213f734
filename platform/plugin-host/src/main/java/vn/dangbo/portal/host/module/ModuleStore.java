package vn.dangbo.portal.host.module;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Modules, their stored versions (the jar bytes) and states in the database, in the caller's
 * transaction. Plain JDBC: the three tables are the plugin host's own and never reach JPA.
 */
@Stateless
public class ModuleStore {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    /**
     * A module row.
     *
     * @param symbolicName      key
     * @param province          province code
     * @param enabled           whether it should run
     * @param currentVersionId  the version installed
     * @param previousVersionId the version a rollback returns to, null when none
     * @param failureReason     the last failure, null when none
     */
    public record StoredModule(String symbolicName, String province, boolean enabled, long currentVersionId,
            Long previousVersionId, String failureReason) {
    }

    /**
     * A stored version (without its bytes).
     *
     * @param id           key
     * @param symbolicName its module
     * @param version      the bundle version
     * @param sha256       hex SHA-256 of the stored bytes
     * @param signer       trust-store alias of its signer, null when unsigned
     * @param source       upload, deploy-folder or built-in
     * @param installedAt  when it was stored
     */
    public record StoredVersion(long id, String symbolicName, String version, String sha256, String signer,
            String source, Instant installedAt) {
    }

    public List<StoredModule> modules() {
        return queryModules("SELECT symbolic_name, province_code, enabled, current_version_id, previous_version_id,"
                + " failure_reason FROM plugin_module ORDER BY symbolic_name", null);
    }

    public Optional<StoredModule> module(String symbolicName) {
        return queryModules("SELECT symbolic_name, province_code, enabled, current_version_id, previous_version_id,"
                + " failure_reason FROM plugin_module WHERE symbolic_name = ?", symbolicName).stream().findFirst();
    }

    public Optional<StoredVersion> version(long id) {
        return queryVersions("SELECT id, symbolic_name, version, sha256, signer, source, installed_at"
                + " FROM plugin_module_version WHERE id = ?", statement -> statement.setLong(1, id)).stream().findFirst();
    }

    public Optional<StoredVersion> version(String symbolicName, String version) {
        return queryVersions("SELECT id, symbolic_name, version, sha256, signer, source, installed_at"
                + " FROM plugin_module_version WHERE symbolic_name = ? AND version = ?", statement -> {
                    statement.setString(1, symbolicName);
                    statement.setString(2, version);
                }).stream().findFirst();
    }

    /** The stored bytes of a version. */
    public byte[] content(long versionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT content FROM plugin_module_version WHERE id = ?")) {
            statement.setLong(1, versionId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("Stored module version " + versionId + " is missing");
                }
                return rows.getBytes(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void insertModule(String symbolicName, String province) {
        update("INSERT INTO plugin_module (symbolic_name, province_code, enabled, updated_at) VALUES (?, ?, FALSE, ?)",
                statement -> {
                    statement.setString(1, symbolicName);
                    statement.setString(2, province);
                    statement.setTimestamp(3, Timestamp.from(Instant.now()));
                });
    }

    /** Stores a version's bytes and returns its id. */
    public long insertVersion(String symbolicName, String version, String sha256, String signer, String source,
            byte[] content) {
        String sql = "INSERT INTO plugin_module_version (symbolic_name, version, sha256, signer, source, content,"
                + " installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setString(1, symbolicName);
            statement.setString(2, version);
            statement.setString(3, sha256);
            statement.setString(4, signer);
            statement.setString(5, source);
            statement.setBytes(6, content);
            statement.setTimestamp(7, Timestamp.from(Instant.now()));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Points the module at its versions and records whether it should run and its last failure. */
    public void updateModule(String symbolicName, boolean enabled, long currentVersionId, Long previousVersionId,
            String failureReason) {
        update("UPDATE plugin_module SET enabled = ?, current_version_id = ?, previous_version_id = ?,"
                + " failure_reason = ?, updated_at = ? WHERE symbolic_name = ?", statement -> {
                    statement.setBoolean(1, enabled);
                    statement.setLong(2, currentVersionId);
                    if (previousVersionId == null) {
                        statement.setNull(3, Types.BIGINT);
                    } else {
                        statement.setLong(3, previousVersionId);
                    }
                    statement.setString(4, failureReason);
                    statement.setTimestamp(5, Timestamp.from(Instant.now()));
                    statement.setString(6, symbolicName);
                });
    }

    /** Removes versions that are neither current nor previous: only those two are kept. */
    public void pruneVersions(String symbolicName, long currentVersionId, Long previousVersionId) {
        update("DELETE FROM plugin_module_version WHERE symbolic_name = ? AND id <> ? AND id <> ?", statement -> {
            statement.setString(1, symbolicName);
            statement.setLong(2, currentVersionId);
            statement.setLong(3, previousVersionId == null ? currentVersionId : previousVersionId);
        });
    }

    public void deleteModule(String symbolicName) {
        update("DELETE FROM plugin_module_version WHERE symbolic_name = ?", statement -> statement.setString(1,
                symbolicName));
        update("DELETE FROM plugin_module WHERE symbolic_name = ?", statement -> statement.setString(1, symbolicName));
    }

    private List<StoredModule> queryModules(String sql, String symbolicName) {
        List<StoredModule> modules = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (symbolicName != null) {
                statement.setString(1, symbolicName);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long previous = rows.getLong(5);
                    Long previousId = rows.wasNull() ? null : previous;
                    modules.add(new StoredModule(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                            rows.getLong(4), previousId, rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return modules;
    }

    private List<StoredVersion> queryVersions(String sql, Binder binder) {
        List<StoredVersion> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    versions.add(new StoredVersion(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return versions;
    }

    private void update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Module store: " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
