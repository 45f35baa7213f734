package vn.dangbo.portal.host.settings;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The chosen settings of the programs (table program_setting), in the caller's transaction. */
@Stateless
public class ProgramSettingStore {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    /** Every stored setting: program code → key → value. */
    public Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT program_code, setting_key, setting_value FROM program_setting");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                all.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read program settings: " + e.getSQLState(), e);
        }
    }

    /** The stored settings of one program: key → value. */
    public Map<String, String> of(String programCode) {
        Map<String, String> values = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT setting_key, setting_value FROM program_setting WHERE program_code = ?")) {
            s.setString(1, programCode);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the settings of " + programCode + ": " + e.getSQLState(), e);
        }
    }

    /** Stores a value, replacing the one before. */
    public void put(String programCode, String key, String value, String actor) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM program_setting WHERE program_code = ? AND setting_key = ?")) {
                delete.setString(1, programCode);
                delete.setString(2, key);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO program_setting "
                    + "(program_code, setting_key, setting_value, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, programCode);
                insert.setString(2, key);
                insert.setString(3, value);
                insert.setString(4, actor);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the setting " + key + ": " + e.getSQLState(), e);
        }
    }
}
