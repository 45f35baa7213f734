package vn.dangbo.portal.core.bulkload;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/** The rule settings as stored (portal_setting, public_holiday), read with plain JDBC outside the container. */
public final class RuleSettingsReader {

    private RuleSettingsReader() {
    }

    public static RuleSettings read(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        Set<LocalDate> holidays = new HashSet<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT setting_key, setting_value FROM portal_setting")) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT holiday FROM public_holiday")) {
                while (rs.next()) {
                    holidays.add(rs.getObject(1, LocalDate.class));
                }
            }
        }
        RuleSettings d = RuleSettings.defaults();
        return new RuleSettings(
                integer(values, RuleSettingsService.CERTIFICATE_YEARS, d.certificateValidityYears()),
                integer(values, RuleSettingsService.MIN_AGE, d.minAgeMonths()),
                integer(values, RuleSettingsService.MAX_AGE, d.maxAgeMonths()),
                Boolean.parseBoolean(values.getOrDefault(RuleSettingsService.CAP_ENABLED,
                        Boolean.toString(d.excellentCapEnabled()))),
                integer(values, RuleSettingsService.CAP_PERCENT, d.excellentCapPercent()),
                integer(values, RuleSettingsService.REVIEW_DAYS, d.reviewWorkingDays()),
                holidays);
    }

    private static int integer(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        return v == null ? fallback : Integer.parseInt(v.strip());
    }
}
