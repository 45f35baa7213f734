package vn.dangbo.portal.core.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.portal.core.person.Gender;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.rules.LifecycleEvent;

/**
 * What the people import reads from the database, with plain JDBC on the import's connection: codes of
 * organisations and areas (looked up once per code), and for a block of people at once their stored
 * details, events and occupations (one query each per block instead of one per row).
 */
final class PeopleStore {

    /** An organisation as the import checks it: whether it exists on an event's date. */
    record Organisation(long id, String name, LocalDate validFrom, LocalDate validTo) {
        boolean validOn(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
        }
    }

    /** A person already stored: id, details (as stored, normalised) and the province owning the record. */
    record StoredPerson(long id, PersonDetails details, String province) {
    }

    /** An occupation spell of a person (valid_to inclusive, null while it lasts). */
    record Occupation(long id, String occupation, Long unitId, LocalDate validFrom, LocalDate validTo) {
    }

    private static final String IN_TERRITORY =
            "former_province IN (SELECT code FROM province WHERE code = ? OR merged_into = ?)";

    private final Connection connection;
    /**
     * The importing province: areas and units are looked up within its territory only, which since
     * the 2025 mergers takes in the former provinces merged into it (their areas keep their former
     * province).
     */
    private final String province;
    private final Map<String, Optional<Organisation>> organisations = new HashMap<>();
    private final Map<String, Optional<Long>> areas = new HashMap<>();
    private final Map<String, Optional<Long>> units = new HashMap<>();

    PeopleStore(Connection connection, String province) {
        this.connection = connection;
        this.province = province;
    }

    Optional<Organisation> organisation(String code) throws SQLException {
        Optional<Organisation> known = organisations.get(code);
        if (known != null) {
            return known;
        }
        Optional<Organisation> found = Optional.empty();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, name, valid_from, valid_to FROM party_organisation WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    found = Optional.of(new Organisation(rs.getLong(1), rs.getString(2), date(rs, 3), date(rs, 4)));
                }
            }
        }
        organisations.put(code, found);
        return found;
    }

    Optional<Long> area(String code) throws SQLException {
        // Another province's area is answered like one that does not exist.
        return idOf(areas, "SELECT id FROM area WHERE code = ? AND " + IN_TERRITORY, code);
    }

    Optional<Long> unit(String code) throws SQLException {
        return idOf(units, "SELECT id FROM economic_unit WHERE code = ? AND " + IN_TERRITORY, code);
    }

    private Optional<Long> idOf(Map<String, Optional<Long>> cache, String sql, String code) throws SQLException {
        Optional<Long> known = cache.get(code);
        if (known != null) {
            return known;
        }
        Optional<Long> found = Optional.empty();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, code);
            s.setString(2, province);
            s.setString(3, province);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    found = Optional.of(rs.getLong(1));
                }
            }
        }
        cache.put(code, found);
        return found;
    }

    /** The stored people among the external ids, by external id. */
    Map<String, StoredPerson> people(Collection<String> externalIds) throws SQLException {
        Map<String, StoredPerson> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id, external_id, full_name, birth_date, gender, "
                + "ethnicity, religion, education, residence_area_id, youth_union, national_id, party_card_number, "
                + "former_province FROM person WHERE external_id IN (" + placeholders(externalIds.size()) + ")")) {
            int i = 1;
            for (String id : externalIds) {
                s.setString(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long area = rs.getLong(9);
                    Long residence = rs.wasNull() ? null : area;
                    PersonDetails details = new PersonDetails(rs.getString(3), date(rs, 4),
                            Gender.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                            residence, rs.getBoolean(10), rs.getString(11), rs.getString(12));
                    found.put(rs.getString(2), new StoredPerson(rs.getLong(1), details, rs.getString(13)));
                }
            }
        }
        return found;
    }

    /** The recorded events of the people, in the order they were recorded, by person id. */
    Map<Long, List<LifecycleEvent>> events(Collection<Long> personIds) throws SQLException {
        Map<Long, List<LifecycleEvent>> found = new HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id, person_id, kind, event_date, "
                + "organisation_id, detail, vote_date, occupation, religion, corrects_id, voids FROM membership_event "
                + "WHERE person_id IN (" + placeholders(personIds.size()) + ") ORDER BY id")) {
            bind(s, personIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long org = rs.getLong(5);
                    Long organisation = rs.wasNull() ? null : org;
                    long corrects = rs.getLong(10);
                    Long correctsId = rs.wasNull() ? null : corrects;
                    found.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new LifecycleEvent(rs.getLong(1),
                            MembershipEventKind.valueOf(rs.getString(3)), date(rs, 4), organisation, rs.getString(6),
                            date(rs, 7), rs.getString(8), rs.getString(9) != null, correctsId, rs.getBoolean(11)));
                }
            }
        }
        return found;
    }

    /** The occupation spells of the people, by person id. */
    Map<Long, List<Occupation>> occupations(Collection<Long> personIds) throws SQLException {
        Map<Long, List<Occupation>> found = new HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id, person_id, occupation, unit_id, valid_from, valid_to "
                + "FROM person_occupation WHERE person_id IN (" + placeholders(personIds.size()) + ") ORDER BY id")) {
            bind(s, personIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long unit = rs.getLong(4);
                    Long unitId = rs.wasNull() ? null : unit;
                    found.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Occupation(rs.getLong(1),
                            rs.getString(3), unitId, date(rs, 5), date(rs, 6)));
                }
            }
        }
        return found;
    }

    private static void bind(PreparedStatement s, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (Long id : ids) {
            s.setLong(i++, id);
        }
    }

    private static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
