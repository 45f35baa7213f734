package vn.dangbo.portal.core.exchange;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dangbo.portal.core.error.FieldViolation;
import vn.dangbo.portal.core.error.NotFoundException;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.person.EventData;
import vn.dangbo.portal.core.person.Gender;
import vn.dangbo.portal.core.person.MembershipEventEntity;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.person.MembershipWriter;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.person.PersonEntity;
import vn.dangbo.portal.core.person.PersonRegistry;
import vn.dangbo.portal.core.rules.LifecycleEvent;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/**
 * Imports a people file (CSV or XLSX, docs/import-format.md) in one transaction: every row is
 * checked by the same rules as the REST API; when any row is refused the whole file is rolled back
 * and the report lists every bad row with its column and reason. People are matched by their
 * external id and events by (kind, date, organisation, detail), so importing a file again changes
 * nothing. Rows stream through; the persistence context is cleared every few hundred rows.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class PeopleImporter {

    public enum Format { CSV, XLSX }

    /** A large province file takes minutes; the default 5-minute timeout is too short. */
    private static final int TIMEOUT_SECONDS = 2 * 60 * 60;
    private static final int CLEAR_EVERY = 300;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @EJB
    private RuleSettingsService settings;

    @Inject
    private CurrentUser currentUser;

    /** Imports into the caller's province: only its staff may, and only its people are touched. */
    public ImportReport importFile(String fileName, Format format, InputStream in) {
        String province = currentUser.province().orElse(null);
        currentUser.requireProvince(province);
        String file = fileName == null || fileName.isBlank() ? "upload" : fileName;
        // The file as a whole first (size, format, archive): a refused file never reaches a transaction.
        ImportUpload.Prepared prepared;
        try {
            prepared = ImportUpload.prepare(format, in);
        } catch (IOException e) {
            prepared = new ImportUpload.Prepared(null, List.of("Không đọc được tệp: " + e.getMessage()));
        }
        if (!prepared.problems().isEmpty()) {
            return new ImportReport(file, false, 0, 0, 0, 0, 0,
                    prepared.problems().stream().map(p -> new ImportError(file, 0, null, p)).toList());
        }
        RowSource source = prepared.rows();
        try {
            tx.setTransactionTimeout(TIMEOUT_SECONDS);
            tx.begin();
            Run run = new Run(file, province);
            try {
                source.forEachRow(run::row);
            } catch (IOException | RuntimeException e) {
                run.errors.add(new ImportError(file, run.lastRow, null, "Không đọc được tệp: " + e.getMessage()));
            }
            if (run.header == null && run.errors.isEmpty()) {
                run.errors.add(new ImportError(file, 1, null, "Tệp trống: thiếu dòng tiêu đề"));
            }
            boolean accepted = run.errors.isEmpty();
            if (accepted) {
                tx.commit();
            } else {
                tx.rollback();
            }
            return new ImportReport(file, accepted, run.rows, run.created, run.updated, run.recorded,
                    run.unchanged, List.copyOf(run.errors));
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("Import of " + file + " failed: " + e.getMessage(), e);
        } finally {
            try {
                tx.setTransactionTimeout(0);
            } catch (Exception ignored) {
                // the default timeout comes back with the next transaction anyway
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (Exception ignored) {
            // nothing more can be done
        }
    }

    /** The state of one file's import. */
    private final class Run {
        private final String file;
        private final MembershipWriter writer = new MembershipWriter(em, settings.current());
        private final Map<String, Long> areas = new HashMap<>();
        private final Map<String, Long> organisations = new HashMap<>();
        /** External id → the person's id and the row that first gave the details in this file. */
        private final Map<String, Object[]> seen = new HashMap<>();
        private final List<ImportError> errors = new ArrayList<>();
        private Map<PeopleColumn, Integer> header;
        private long rows;
        private long created;
        private long updated;
        private long recorded;
        private long unchanged;
        private int lastRow;
        private boolean broken;

        /** The province the file is imported into: the importing staff member's. */
        private final String province;

        Run(String file, String province) {
            this.file = file;
            this.province = province;
        }

        void row(int number, String[] cells) {
            lastRow = number;
            if (header == null) {
                readHeader(number, cells);
                return;
            }
            if (broken || isBlank(cells)) {
                return;
            }
            rows++;
            Cells row = new Cells(number, cells);
            try {
                importRow(row);
            } catch (ValidationException e) {
                for (FieldViolation v : e.violations()) {
                    row.error(columnOf(v.field()), v.reason());
                }
            } catch (NotFoundException e) {
                row.error(columnOf(e.field()), e.getMessage());
            } catch (PersistenceException e) {
                // The transaction cannot go on after a database error: report it and stop.
                row.error(null, "Lỗi cơ sở dữ liệu: " + e.getMessage());
                broken = true;
            }
            if (rows % CLEAR_EVERY == 0 && errors.isEmpty()) {
                em.flush();
                em.clear();
            }
        }

        private void readHeader(int number, String[] cells) {
            Map<PeopleColumn, Integer> found = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                for (PeopleColumn c : PeopleColumn.values()) {
                    if (c.header().equalsIgnoreCase(cells[i].strip())) {
                        found.put(c, i);
                    }
                }
            }
            for (PeopleColumn c : List.of(PeopleColumn.EXTERNAL_ID, PeopleColumn.FULL_NAME, PeopleColumn.BIRTH_DATE,
                    PeopleColumn.GENDER)) {
                if (!found.containsKey(c)) {
                    errors.add(new ImportError(file, number, c.header(), "Thiếu cột bắt buộc"));
                    broken = true;
                }
            }
            header = found;
        }

        private void importRow(Cells row) {
            String externalId = row.text(PeopleColumn.EXTERNAL_ID, true);
            PersonDetails details = new PersonDetails(row.text(PeopleColumn.FULL_NAME, true),
                    row.date(PeopleColumn.BIRTH_DATE, true), row.enumValue(Gender.class, PeopleColumn.GENDER, true),
                    row.text(PeopleColumn.ETHNICITY, false), row.text(PeopleColumn.RELIGION, false),
                    row.text(PeopleColumn.EDUCATION, false), area(row), row.bool(PeopleColumn.YOUTH_UNION),
                    row.text(PeopleColumn.NATIONAL_ID, false), row.text(PeopleColumn.PARTY_CARD_NUMBER, false));
            MembershipEventKind kind = row.enumValue(MembershipEventKind.class, PeopleColumn.EVENT, false);
            LocalDate eventDate = row.date(PeopleColumn.EVENT_DATE, kind != null);
            Long organisation = organisation(row);
            LocalDate voteDate = row.date(PeopleColumn.VOTE_DATE, false);
            if (row.failed) {
                return;
            }
            List<FieldViolation> invalid = new ArrayList<>();
            try {
                PersonRegistry.validate(details).throwIfAny();
            } catch (ValidationException e) {
                invalid.addAll(e.violations());
            }
            if (!invalid.isEmpty()) {
                throw new ValidationException(invalid);
            }
            long personId = person(row, externalId, details);
            if (kind == null) {
                return;
            }
            String detail = blankToNull(row.text(PeopleColumn.DETAIL, false));
            if (alreadyRecorded(personId, kind, eventDate, organisation, detail)) {
                unchanged++;
                return;
            }
            writer.record(personId, new EventData(kind, eventDate, organisation, detail,
                    blankToNull(row.text(PeopleColumn.DECISION_REF, false)), null, voteDate, null, false, null));
            recorded++;
        }

        private long person(Cells row, String externalId, PersonDetails details) {
            Object[] first = seen.get(externalId);
            if (first != null) {
                if (!first[1].equals(details)) {
                    throw new ValidationException(PeopleColumn.FULL_NAME.header(), "Thông tin cá nhân khác với dòng "
                            + first[2] + " của cùng mã " + externalId);
                }
                return (Long) first[0];
            }
            List<PersonEntity> existing = em.createQuery("SELECT p FROM PersonEntity p WHERE p.externalId = :x",
                    PersonEntity.class).setParameter("x", externalId).getResultList();
            long id;
            if (existing.isEmpty()) {
                PersonEntity person = new PersonEntity(externalId, details, LocalDateTime.now());
                person.belongTo(province);
                em.persist(person);
                id = person.getId();
                created++;
            } else {
                PersonEntity person = existing.get(0);
                if (!province.equals(person.getFormerProvince())) {
                    throw new ValidationException(PeopleColumn.EXTERNAL_ID.header(), "Mã " + externalId
                            + " là người của tỉnh khác; chỉ cán bộ tỉnh đó được sửa");
                }
                if (!person.details().equals(normalised(details))) {
                    person.update(details);
                    writer.rebuild(person.getId());
                    updated++;
                }
                id = person.getId();
            }
            seen.put(externalId, new Object[] {id, details, row.number});
            return id;
        }

        private boolean alreadyRecorded(long personId, MembershipEventKind kind, LocalDate date, Long organisation,
                String detail) {
            List<LifecycleEvent> effective = vn.dangbo.portal.core.rules.MembershipHistory.effective(
                    writer.events(personId).stream().map(MembershipEventEntity::toLifecycleEvent).toList());
            return effective.stream().anyMatch(e -> e.kind() == kind && e.date().equals(date)
                    && Objects.equals(e.organisationId(), organisation) && Objects.equals(e.detail(), detail));
        }

        private Long area(Cells row) {
            String code = row.text(PeopleColumn.RESIDENCE_AREA_CODE, false);
            if (code == null || code.isBlank()) {
                return null;
            }
            // Only the importing province's areas, as PersonRegistry does: another province's area
            // is answered like one that does not exist.
            Long id = areas.computeIfAbsent(code.strip(), c -> first(em.createQuery(
                    "SELECT a.id FROM AreaEntity a WHERE a.code = :c AND a.formerProvince = :p", Long.class)
                    .setParameter("c", c).setParameter("p", province).getResultList()));
            if (id == null) {
                row.error(PeopleColumn.RESIDENCE_AREA_CODE.header(), "Không có địa bàn mã " + code
                        + " trong tỉnh của người nhập");
            }
            return id;
        }

        private Long organisation(Cells row) {
            String code = row.text(PeopleColumn.ORGANISATION_CODE, false);
            if (code == null || code.isBlank()) {
                return null;
            }
            Long id = organisations.computeIfAbsent(code.strip(), c -> first(em.createQuery(
                    "SELECT o.id FROM OrganisationEntity o WHERE o.code = :c", Long.class).setParameter("c", c)
                    .getResultList()));
            if (id == null) {
                row.error(PeopleColumn.ORGANISATION_CODE.header(), "Không có tổ chức đảng mã " + code);
            }
            return id;
        }

        /** The cells of one row, read with errors that name the column. */
        private final class Cells {
            private final int number;
            private final String[] cells;
            private boolean failed;

            Cells(int number, String[] cells) {
                this.number = number;
                this.cells = cells;
            }

            void error(String column, String reason) {
                failed = true;
                errors.add(new ImportError(file, number, column, reason));
            }

            String text(PeopleColumn column, boolean required) {
                Integer index = header.get(column);
                String value = index == null || index >= cells.length ? null : cells[index].strip();
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

            <E extends Enum<E>> E enumValue(Class<E> type, PeopleColumn column, boolean required) {
                String value = text(column, required);
                if (value == null) {
                    return null;
                }
                try {
                    return Enum.valueOf(type, value.toUpperCase());
                } catch (IllegalArgumentException e) {
                    error(column.header(), "Giá trị không hợp lệ: " + value + "; một trong "
                            + java.util.Arrays.toString(type.getEnumConstants()));
                    return null;
                }
            }
        }
    }

    /** Field names of the services, as the file's columns. */
    static String columnOf(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "eventDate", "awarenessCertificate" -> PeopleColumn.EVENT_DATE.header();
            case "organisationId" -> PeopleColumn.ORGANISATION_CODE.header();
            case "voteDate" -> PeopleColumn.VOTE_DATE.header();
            case "kind" -> PeopleColumn.EVENT.header();
            case "exitKind", "discipline" -> PeopleColumn.DETAIL.header();
            case "fullName" -> PeopleColumn.FULL_NAME.header();
            case "birthDate" -> PeopleColumn.BIRTH_DATE.header();
            case "gender" -> PeopleColumn.GENDER.header();
            case "nationalId" -> PeopleColumn.NATIONAL_ID.header();
            case "residenceAreaId" -> PeopleColumn.RESIDENCE_AREA_CODE.header();
            default -> field;
        };
    }

    private static PersonDetails normalised(PersonDetails d) {
        // The entity stores details normalised; compare like with like.
        return new PersonEntity("x", d, LocalDateTime.now()).details();
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
