package vn.dangbo.portal.core.exchange;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.core.error.FieldViolation;
import vn.dangbo.portal.core.person.Gender;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.person.PersonRegistry;

/**
 * Reads the cells of one data row of the people file into a {@link PeopleRow}: every cell is checked
 * (required, dates as text yyyy-MM-dd, enums, codes that must exist, the person's fields as
 * PersonRegistry validates them), and every bad cell is reported with its column, not only the first.
 */
final class PeopleRowParser {

    /** One data row, read and checked cell by cell. */
    record PeopleRow(int number, String externalId, PersonDetails details, MembershipEventKind kind, LocalDate date,
            PeopleStore.Organisation organisation, String detail, String decisionRef, LocalDate voteDate,
            Occupation occupation, LocalDate validTo, Long unitId) {

        /** An occupation spell rather than a membership event. */
        boolean isOccupation() {
            return occupation != null;
        }
    }

    /** The value of the event column for an occupation spell. */
    static final String OCCUPATION = "OCCUPATION";

    static final List<PeopleColumn> REQUIRED = List.of(PeopleColumn.EXTERNAL_ID, PeopleColumn.FULL_NAME,
            PeopleColumn.BIRTH_DATE, PeopleColumn.GENDER);

    private final Map<PeopleColumn, Integer> header;
    private final PeopleStore store;

    private PeopleRowParser(Map<PeopleColumn, Integer> header, PeopleStore store) {
        this.header = header;
        this.store = store;
    }

    /** The parser for a header row, or empty after reporting each missing required column. */
    static Optional<PeopleRowParser> forHeader(String[] cells, PeopleStore store, Consumer<String> missingColumn) {
        Map<PeopleColumn, Integer> found = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            for (PeopleColumn c : PeopleColumn.values()) {
                if (c.header().equalsIgnoreCase(cells[i].strip())) {
                    found.put(c, i);
                }
            }
        }
        boolean complete = true;
        for (PeopleColumn c : REQUIRED) {
            if (!found.containsKey(c)) {
                missingColumn.accept(c.header());
                complete = false;
            }
        }
        return complete ? Optional.of(new PeopleRowParser(found, store)) : Optional.empty();
    }

    /** The row, or empty when any cell was refused (each reported to {@code errors}). */
    Optional<PeopleRow> parse(int number, String[] cells, String file, List<ImportError> errors) throws SQLException {
        Cells row = new Cells(number, cells, file, errors);
        String externalId = row.text(PeopleColumn.EXTERNAL_ID, true);
        PersonDetails details = new PersonDetails(row.text(PeopleColumn.FULL_NAME, true),
                row.date(PeopleColumn.BIRTH_DATE, true), row.enumValue(Gender.class, PeopleColumn.GENDER, true),
                row.text(PeopleColumn.ETHNICITY, false), row.text(PeopleColumn.RELIGION, false),
                row.text(PeopleColumn.EDUCATION, false), area(row), row.bool(PeopleColumn.YOUTH_UNION),
                row.text(PeopleColumn.NATIONAL_ID, false), row.text(PeopleColumn.PARTY_CARD_NUMBER, false));
        String event = row.text(PeopleColumn.EVENT, false);
        boolean isOccupation = OCCUPATION.equalsIgnoreCase(event);
        MembershipEventKind kind = isOccupation ? null : row.enumValue(MembershipEventKind.class, PeopleColumn.EVENT,
                false, OCCUPATION);
        LocalDate eventDate = row.date(PeopleColumn.EVENT_DATE, event != null);
        PeopleStore.Organisation organisation = organisation(row);
        LocalDate voteDate = row.date(PeopleColumn.VOTE_DATE, false);
        Occupation occupation = null;
        LocalDate validTo = null;
        Long unitId = null;
        if (isOccupation) {
            occupation = row.enumValue(Occupation.class, PeopleColumn.DETAIL, true);
            validTo = row.date(PeopleColumn.VALID_TO, false);
            unitId = unit(row);
            if (eventDate != null && validTo != null && validTo.isBefore(eventDate)) {
                row.error(PeopleColumn.VALID_TO.header(), "Ngày kết thúc " + validTo + " trước ngày bắt đầu " + eventDate);
            }
        }
        if (row.failed) {
            return Optional.empty();
        }
        for (FieldViolation v : PersonRegistry.validate(details).violations()) {
            row.error(PeopleFileLoader.columnOf(v.field()), v.reason());
        }
        if (row.failed) {
            return Optional.empty();
        }
        return Optional.of(new PeopleRow(number, externalId, details, kind, eventDate, organisation,
                isOccupation ? null : row.text(PeopleColumn.DETAIL, false), row.text(PeopleColumn.DECISION_REF, false),
                voteDate, occupation, validTo, unitId));
    }

    private Long area(Cells row) throws SQLException {
        String code = row.text(PeopleColumn.RESIDENCE_AREA_CODE, false);
        if (code == null) {
            return null;
        }
        Optional<Long> id = store.area(code);
        if (id.isEmpty()) {
            row.error(PeopleColumn.RESIDENCE_AREA_CODE.header(), "Không có địa bàn mã " + code + " trong tỉnh của người nhập");
        }
        return id.orElse(null);
    }

    private Long unit(Cells row) throws SQLException {
        String code = row.text(PeopleColumn.UNIT_CODE, false);
        if (code == null) {
            return null;
        }
        Optional<Long> id = store.unit(code);
        if (id.isEmpty()) {
            row.error(PeopleColumn.UNIT_CODE.header(), "Không có đơn vị mã " + code + " trong tỉnh của người nhập");
        }
        return id.orElse(null);
    }

    private PeopleStore.Organisation organisation(Cells row) throws SQLException {
        String code = row.text(PeopleColumn.ORGANISATION_CODE, false);
        if (code == null) {
            return null;
        }
        Optional<PeopleStore.Organisation> found = store.organisation(code);
        if (found.isEmpty()) {
            row.error(PeopleColumn.ORGANISATION_CODE.header(), "Không có tổ chức đảng mã " + code);
        }
        return found.orElse(null);
    }

    /** The cells of one row, read with errors that name the column. */
    private final class Cells {
        private final int number;
        private final String[] cells;
        private final String file;
        private final List<ImportError> errors;
        private boolean failed;

        Cells(int number, String[] cells, String file, List<ImportError> errors) {
            this.number = number;
            this.cells = cells;
            this.file = file;
            this.errors = errors;
        }

        void error(String column, String reason) {
            failed = true;
            errors.add(new ImportError(file, number, column, reason));
        }

        /** The stripped text, null when empty. */
        String text(PeopleColumn column, boolean required) {
            Integer index = header.get(column);
            String value = index == null || index >= cells.length || cells[index] == null ? null
                    : cells[index].strip();
            if (required && (value == null || value.isEmpty())) {
                error(column.header(), "Bắt buộc nhập");
            }
            return value == null || value.isEmpty() ? null : value;
        }

        LocalDate date(PeopleColumn column, boolean required) {
            String value = text(column, required);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(column.header(), "Ngày phải ở dạng yyyy-MM-dd (ô văn bản): " + value);
                return null;
            }
        }

        boolean bool(PeopleColumn column) {
            String value = text(column, false);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase()) {
                case "true", "1", "có", "co", "x" -> true;
                case "false", "0", "không", "khong" -> false;
                default -> {
                    error(column.header(), "Phải là true hoặc false: " + value);
                    yield false;
                }
            };
        }

        /** An enum constant by name; {@code others} are further values the column accepts (for the message). */
        <E extends Enum<E>> E enumValue(Class<E> type, PeopleColumn column, boolean required, String... others) {
            String value = text(column, required);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase());
            } catch (IllegalArgumentException e) {
                List<String> allowed = new java.util.ArrayList<>(Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).toList());
                allowed.addAll(List.of(others));
                error(column.header(), "Giá trị không hợp lệ: " + value + "; một trong " + allowed);
                return null;
            }
        }
    }
}
