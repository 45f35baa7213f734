package vn.dangbo.portal.core.exchange;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes the people file (docs/import-format.md) straight from a JDBC cursor: one row per effective
 * event (corrections applied, withdrawn events left out) and per occupation spell, in date order, so
 * that importing the export recreates the same history and importing it again changes nothing.
 * Plain JDBC, so the benchmark can run it outside the server too.
 */
public final class PeopleFileExport {

    private static final int FETCH_SIZE = 1000;
    /**
     * The effective events and the occupation spells of each person, one row each, in date order (an
     * occupation before the events of its start date, so an admission that day keeps it).
     */
    private static final String SQL = "SELECT p.external_id, p.full_name, p.birth_date, p.gender, p.ethnicity, "
            + "p.religion, p.education, a.code AS area_code, p.youth_union, p.national_id, p.party_card_number, "
            + "r.kind, r.event_date, r.organisation_code, r.detail, r.decision_ref, r.vote_date, r.valid_to, "
            + "r.unit_code "
            + "FROM person p LEFT JOIN area a ON a.id = p.residence_area_id LEFT JOIN ("
            + "SELECT e.person_id, e.kind, e.event_date, o.code AS organisation_code, e.detail, e.decision_ref, "
            + "e.vote_date, CAST(NULL AS DATE) AS valid_to, CAST(NULL AS VARCHAR(64)) AS unit_code, 1 AS part, "
            + "e.id AS seq FROM membership_event e LEFT JOIN party_organisation o ON o.id = e.organisation_id "
            + "WHERE e.voids = FALSE AND NOT EXISTS (SELECT 1 FROM membership_event x WHERE x.corrects_id = e.id) "
            + "UNION ALL "
            + "SELECT j.person_id, '" + PeopleRowParser.OCCUPATION + "', j.valid_from, NULL, j.occupation, NULL, "
            + "NULL, j.valid_to, u.code, 0, j.id FROM person_occupation j "
            + "LEFT JOIN economic_unit u ON u.id = j.unit_id"
            + ") r ON r.person_id = p.id ";
    private static final String OF_PROVINCE = "WHERE p.former_province = ? ";
    private static final String ORDER = "ORDER BY p.id, r.event_date, r.part, r.seq";

    private PeopleFileExport() {
    }

    /**
     * Writes the header and the rows of the people whose records belong to {@code province} (everyone
     * when null). On PostgreSQL the cursor streams only with auto-commit off (as in a transaction).
     */
    public static long write(Connection c, String province, RowSink sink) throws SQLException, IOException {
        long rows = 0;
        try (PreparedStatement statement = c.prepareStatement(SQL + (province == null ? "" : OF_PROVINCE) + ORDER)) {
            statement.setFetchSize(FETCH_SIZE);
            if (province != null) {
                statement.setString(1, province);
            }
            PeopleColumn[] columns = PeopleColumn.values();
            String[] header = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                header[i] = columns[i].header();
            }
            sink.write(header);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        Object value = rs.getObject(i + 1);
                        row[i] = value == null ? "" : value.toString();
                    }
                    // Booleans as true/false whatever the driver returns.
                    row[PeopleColumn.YOUTH_UNION.ordinal()] = Boolean.toString(rs.getBoolean(9));
                    row[PeopleColumn.BIRTH_DATE.ordinal()] = rs.getDate(3).toLocalDate().toString();
                    row[PeopleColumn.EVENT_DATE.ordinal()] = text(rs.getDate(13));
                    row[PeopleColumn.VOTE_DATE.ordinal()] = text(rs.getDate(17));
                    row[PeopleColumn.VALID_TO.ordinal()] = text(rs.getDate(18));
                    sink.write(row);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String text(java.sql.Date date) {
        return date == null ? "" : date.toLocalDate().toString();
    }
}
