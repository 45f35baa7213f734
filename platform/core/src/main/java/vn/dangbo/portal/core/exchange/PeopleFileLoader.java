package vn.dangbo.portal.core.exchange;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.dangbo.portal.core.bulkload.LoadException;
import vn.dangbo.portal.core.error.FieldViolation;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.exchange.PeopleRowParser.PeopleRow;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.person.PersonEntity;
import vn.dangbo.portal.core.rules.LifecycleEvent;
import vn.dangbo.portal.core.rules.MembershipHistory;
import vn.dangbo.portal.core.rules.RuleSettings;

/**
 * Imports a people file (docs/import-format.md) on one JDBC connection, inside the caller's transaction
 * (the caller commits, or rolls back when the report has errors).
 *
 * <p>Rows stream by and are checked cell by cell as they come; the valid rows are gathered per person
 * into blocks of {@value #BLOCK} people. For a block the stored people, their events and occupations are
 * read with one query each; then every event is checked the way {@code MembershipWriter.record} checks
 * it (the organisation exists on the date, the person's whole history replayed with the event by
 * {@link MembershipHistory}), and the block is written with JDBC batches: people, events and the
 * projections the statistics read (membership periods, admission records). Memory holds one block and,
 * for the whole file, the external ids met with the row that first gave their details.
 */
public final class PeopleFileLoader {

    /** People checked and written together. */
    static final int BLOCK = 500;
    private static final int BATCH = 1000;

    /** Events whose organisation must exist on the event date (as MembershipWriter). */
    private static final Set<MembershipEventKind> ORGANISATION_VALID_ON_DATE = EnumSet.of(
            MembershipEventKind.CANDIDATE_REGISTRATION, MembershipEventKind.ADMISSION,
            MembershipEventKind.TRANSFER_IN, MembershipEventKind.TEMPORARY_TRANSFER);

    private final Connection connection;
    private final MembershipHistory history;
    private final String province;
    private final LocalDateTime recordedAt;

    /**
     * @param province the province the file is imported into (the importing staff member's): new people
     *                 belong to it, and people of another province are refused
     */
    public PeopleFileLoader(Connection connection, RuleSettings settings, String province, LocalDateTime recordedAt) {
        this.connection = connection;
        this.history = new MembershipHistory(settings);
        this.province = Objects.requireNonNull(province, "province");
        this.recordedAt = recordedAt;
    }

    /** Checks and writes the file; the report says whether the caller may commit (no errors). */
    public ImportReport load(String file, RowSource source) {
        Run run = new Run(file);
        try {
            source.forEachRow(run::row);
            run.endOfFile();
        } catch (DatabaseError e) {
            // The transaction cannot go on after a database error: report it and stop.
            run.errors.add(new ImportError(file, run.lastRow, null, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            run.errors.add(new ImportError(file, run.lastRow, null, "Không đọc được tệp: " + e.getMessage()));
        }
        if (run.parser == null && run.errors.isEmpty()) {
            run.errors.add(new ImportError(file, 1, null, "Tệp trống: thiếu dòng tiêu đề"));
        }
        List<ImportError> errors = new ArrayList<>(run.errors);
        errors.sort(Comparator.comparingInt(ImportError::row)); // stable: a row's errors keep their order
        return new ImportReport(file, errors.isEmpty(), run.rows, run.created, run.updated, run.recorded,
                run.unchanged, List.copyOf(errors));
    }

    /** A database failure: the transaction cannot go on. */
    private static final class DatabaseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The state of one file's import. */
    private final class Run {
        private final String file;
        private final PeopleStore store = new PeopleStore(connection, province);
        private final SequenceIds ids = new SequenceIds(connection);
        private final List<ImportError> errors = new ArrayList<>();
        /** External id → the row that first gave the person's details in this file. */
        private final Map<String, Integer> firstRows = new HashMap<>();
        private final Map<String, List<PeopleRow>> block = new LinkedHashMap<>();
        private PeopleRowParser parser;
        private boolean headerRead;
        private long rows;
        private long created;
        private long updated;
        private long recorded;
        private long unchanged;
        private int lastRow;

        Run(String file) {
            this.file = file;
        }

        void row(int number, String[] cells) {
            lastRow = number;
            if (!headerRead) {
                headerRead = true;
                parser = PeopleRowParser.forHeader(cells, store,
                        column -> errors.add(new ImportError(file, number, column, "Thiếu cột bắt buộc"))).orElse(null);
                return;
            }
            if (parser == null || isBlank(cells)) {
                return;
            }
            rows++;
            try {
                Optional<PeopleRow> row = parser.parse(number, cells, file, errors);
                if (row.isPresent()) {
                    add(row.get());
                }
            } catch (SQLException e) {
                throw databaseError(e);
            }
        }

        void endOfFile() {
            if (!block.isEmpty()) {
                writeBlock();
            }
        }

        private void add(PeopleRow row) {
            if (!block.containsKey(row.externalId()) && block.size() >= BLOCK) {
                writeBlock();
            }
            block.computeIfAbsent(row.externalId(), k -> new ArrayList<>()).add(row);
        }

        private void writeBlock() {
            try {
                Map<String, PeopleStore.StoredPerson> stored = store.people(block.keySet());
                List<Long> storedIds = stored.values().stream().map(PeopleStore.StoredPerson::id).toList();
                Map<Long, List<LifecycleEvent>> events = store.events(storedIds);
                Map<Long, List<PeopleStore.Occupation>> occupations = store.occupations(storedIds);
                PeopleWrites writes = new PeopleWrites(connection, BATCH);
                for (Map.Entry<String, List<PeopleRow>> person : block.entrySet()) {
                    PeopleStore.StoredPerson s = stored.get(person.getKey());
                    new PersonImport(person.getKey(), s,
                            s == null ? List.of() : events.getOrDefault(s.id(), List.of()),
                            s == null ? List.of() : occupations.getOrDefault(s.id(), List.of()), writes)
                            .rows(person.getValue());
                }
                writes.send();
            } catch (SQLException e) {
                throw databaseError(e);
            } catch (LoadException e) {
                throw new DatabaseError("Lỗi cơ sở dữ liệu: " + e.getMessage(), e);
            } finally {
                block.clear();
            }
        }

        private DatabaseError databaseError(SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            return new DatabaseError("Lỗi cơ sở dữ liệu: " + cause.getMessage(), e);
        }

        /** One person's rows of the block, checked against the stored history and what the file added. */
        private final class PersonImport {
            private final String externalId;
            private final PeopleStore.StoredPerson stored;
            private final List<LifecycleEvent> lifecycle;
            private final List<Spell> occupations = new ArrayList<>();
            private final PeopleWrites writes;
            private long id;
            private PersonDetails details;
            private int firstRow;
            private boolean isNew;
            private boolean detailsChanged;
            private boolean eventsAdded;
            private PersonDetails lastGiven;
            private PersonDetails lastNormalised;

            PersonImport(String externalId, PeopleStore.StoredPerson stored, List<LifecycleEvent> lifecycle,
                    List<PeopleStore.Occupation> occupations, PeopleWrites writes) {
                this.externalId = externalId;
                this.stored = stored;
                this.lifecycle = new ArrayList<>(lifecycle);
                occupations.forEach(o -> this.occupations.add(new Spell(o.id(), o.occupation(), o.unitId(),
                        o.validFrom(), o.validTo(), true)));
                this.writes = writes;
            }

            void rows(List<PeopleRow> rows) throws SQLException {
                // Occupations first: an admission keeps the occupation of its date, wherever its row is.
                List<PeopleRow> ordered = new ArrayList<>(rows);
                ordered.sort(Comparator.comparing(r -> !r.isOccupation()));
                for (PeopleRow row : ordered) {
                    if (person(row)) {
                        if (row.isOccupation()) {
                            occupation(row);
                        } else {
                            event(row);
                        }
                    }
                }
                finish();
            }

            /**
             * Records an occupation spell unless the same is recorded, as PersonRegistry.recordOccupation
             * does: a spell still open on its start ends the day before; none may start on or after it.
             */
            private void occupation(PeopleRow row) throws SQLException {
                String name = row.occupation().name();
                for (Spell o : occupations) {
                    if (o.occupation.equals(name) && Objects.equals(o.unitId, row.unitId()) && o.from.equals(row.date())
                            && Objects.equals(o.to, row.validTo())) {
                        unchanged++;
                        return;
                    }
                }
                for (Spell o : occupations) {
                    if ((o.to == null || !o.to.isBefore(row.date())) && !o.from.isBefore(row.date())) {
                        error(row, PeopleColumn.EVENT_DATE, "Đã có nghề nghiệp từ ngày " + o.from);
                        return;
                    }
                }
                for (Spell o : occupations) {
                    if (o.to == null || !o.to.isBefore(row.date())) {
                        o.to = row.date().minusDays(1);
                        o.ended = true;
                    }
                }
                occupations.add(new Spell(ids.next(), name, row.unitId(), row.date(), row.validTo(), false));
                recorded++;
            }

            /** Matches, creates or updates the person; false when the row is refused. */
            private boolean person(PeopleRow row) throws SQLException {
                // A person's rows repeat the same details: normalise them once.
                if (!row.details().equals(lastGiven)) {
                    lastGiven = row.details();
                    lastNormalised = PersonEntity.normalised(lastGiven);
                }
                PersonDetails given = lastNormalised;
                if (stored != null && !province.equals(stored.province())) {
                    error(row, PeopleColumn.EXTERNAL_ID, "Mã " + externalId
                            + " là người của tỉnh khác; chỉ cán bộ tỉnh đó được sửa");
                    return false;
                }
                if (details != null) {
                    return sameAsFirst(row, given);
                }
                Integer earlier = firstRows.get(externalId);
                if (stored == null) {
                    isNew = true;
                    id = ids.next();
                    created++;
                } else {
                    id = stored.id();
                    if (earlier != null) {
                        // Seen in an earlier block of this file: the stored details are that row's.
                        details = stored.details();
                        firstRow = earlier;
                        return sameAsFirst(row, given);
                    }
                    if (!stored.details().equals(given)) {
                        try {
                            history.replay(lifecycle, given.birthDate());
                        } catch (ValidationException e) {
                            report(row, e);
                            return false;
                        }
                        detailsChanged = true;
                        updated++;
                    }
                }
                details = given;
                firstRow = row.number();
                firstRows.put(externalId, firstRow);
                return true;
            }

            private boolean sameAsFirst(PeopleRow row, PersonDetails given) {
                if (!details.equals(given)) {
                    error(row, PeopleColumn.FULL_NAME, "Thông tin cá nhân khác với dòng " + firstRow
                            + " của cùng mã " + externalId);
                    return false;
                }
                return true;
            }

            /** Records the row's event unless it is already recorded; checks it as MembershipWriter does. */
            private void event(PeopleRow row) throws SQLException {
                MembershipEventKind kind = row.kind();
                if (kind == null) {
                    return;
                }
                Long organisationId = row.organisation() == null ? null : row.organisation().id();
                if (alreadyRecorded(kind, row.date(), organisationId, row.detail())) {
                    unchanged++;
                    return;
                }
                if (row.organisation() != null && ORGANISATION_VALID_ON_DATE.contains(kind)
                        && !row.organisation().validOn(row.date())) {
                    error(row, PeopleColumn.ORGANISATION_CODE, row.organisation().name() + " không tồn tại vào ngày "
                            + row.date());
                    return;
                }
                String occupation = null;
                String religion = null;
                if (kind == MembershipEventKind.ADMISSION) {
                    // Kept with the admission: what the person did and believed on the decision date.
                    occupation = occupationOn(row.date());
                    religion = details.religion();
                }
                long eventId = ids.next(); // above every stored id: recorded after them
                LifecycleEvent event = new LifecycleEvent(eventId, kind, row.date(), organisationId, row.detail(),
                        row.voteDate(), occupation, religion != null, null, false);
                List<LifecycleEvent> candidate = new ArrayList<>(lifecycle);
                candidate.add(event);
                try {
                    history.replay(candidate, details.birthDate());
                } catch (ValidationException e) {
                    report(row, e);
                    return;
                }
                lifecycle.add(event);
                writes.event(eventId, id, row, organisationId, occupation, religion, recordedAt);
                recorded++;
                eventsAdded = true;
            }

            private boolean alreadyRecorded(MembershipEventKind kind, LocalDate date, Long organisation,
                    String detail) {
                return MembershipHistory.effective(lifecycle).stream().anyMatch(e -> e.kind() == kind
                        && e.date().equals(date) && Objects.equals(e.organisationId(), organisation)
                        && Objects.equals(e.detail(), detail));
            }

            private String occupationOn(LocalDate date) {
                return occupations.stream().filter(o -> !o.from.isAfter(date) && (o.to == null || !o.to.isBefore(date)))
                        .map(o -> o.occupation).findFirst().orElse(null);
            }

            /** Writes the person and, when the history changed, its projections (as MembershipWriter.rebuild). */
            private void finish() throws SQLException {
                if (details == null) {
                    return;
                }
                if (isNew) {
                    writes.newPerson(id, externalId, details, recordedAt, province);
                } else if (detailsChanged) {
                    writes.updatedPerson(id, details);
                }
                for (Spell o : occupations) {
                    if (!o.stored) {
                        writes.occupation(o.id, id, o.occupation, o.unitId, o.from, o.to);
                    } else if (o.ended) {
                        writes.endedOccupation(o.id, o.to);
                    }
                }
                if (!eventsAdded && !detailsChanged) {
                    return;
                }
                if (!isNew) {
                    writes.dropProjections(id);
                }
                MembershipHistory.Result result = history.replay(lifecycle, details.birthDate());
                for (MembershipHistory.Period p : result.periods()) {
                    writes.period(ids.next(), id, p);
                }
                for (MembershipHistory.Admission a : result.admissions()) {
                    writes.admission(ids.next(), id, a);
                }
            }

            private void report(PeopleRow row, ValidationException e) {
                for (FieldViolation v : e.violations()) {
                    errors.add(new ImportError(file, row.number(), columnOf(v.field()), v.reason()));
                }
            }

            private void error(PeopleRow row, PeopleColumn column, String reason) {
                errors.add(new ImportError(file, row.number(), column.header(), reason));
            }
        }
    }

    /** An occupation spell of the person being imported: stored, or new in this file. */
    private static final class Spell {
        final long id;
        final String occupation;
        final Long unitId;
        final LocalDate from;
        final boolean stored;
        LocalDate to;
        /** A stored spell the file ended (a later one starts). */
        boolean ended;

        Spell(long id, String occupation, Long unitId, LocalDate from, LocalDate to, boolean stored) {
            this.id = id;
            this.occupation = occupation;
            this.unitId = unitId;
            this.from = from;
            this.to = to;
            this.stored = stored;
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


    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
