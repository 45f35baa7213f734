package vn.dangbo.portal.core.bulkload;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.text.VietnameseText;
import vn.dangbo.portal.core.work.PlanKind;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.record.GeneratedRecord.Organisation;
import vn.dangbo.portal.datagen.record.GeneratedRecord.Person;
import vn.dangbo.portal.datagen.record.GeneratedRecord.PersonEvent;
import vn.dangbo.portal.datagen.sink.DataSink;

/**
 * Writes the generated stream into the domain schema (V2) with JDBC batch inserts on a connection whose
 * transaction the caller owns. Codes become ids; names are stored NFC with the search and sort keys of
 * {@link VietnameseText}, as the entities compute them. A person's events arrive right after the person;
 * they are kept until the next record and written together ({@link PersonWriter}), so the projections
 * the write services maintain (membership periods, admission records) are computed by the same rules.
 *
 * <p>Not kept by the schema: area successions (the areas' validity dates stand), the generated name
 * parts and former province of a person, introducers and probation helpers, the hosts' side of
 * temporary transfers, the place of work away, task and notice numbers beyond their text.
 */
public final class DatabaseSink implements DataSink {

    static final int BATCH_SIZE = 1000;

    private final Connection connection;
    private final BatchInserts rows;
    private final IdBlock ids;
    private final Ids codes = new Ids();
    private final Map<String, Long> records = new HashMap<>();
    private final PersonWriter people;
    private final long startNanos = System.nanoTime();
    private boolean closed;

    /** Known ids of the loaded records, by kind. */
    static final class Ids {
        final CodeIds areas = new CodeIds("area");
        final CodeIds units = new CodeIds("unit");
        final CodeIds organisations = new CodeIds("organisation");
        final CodeIds persons = new CodeIds("person");
        final Map<String, String> organisationNames = new HashMap<>();
    }

    public DatabaseSink(Connection connection, RuleSettings settings) throws SQLException {
        this.connection = connection;
        this.rows = declareTables(new BatchInserts(connection, BATCH_SIZE));
        this.ids = IdBlock.reserve(connection);
        this.people = new PersonWriter(rows, ids::next, codes, settings, LocalDateTime.now().withNano(0));
    }

    /** A sink reading the rule settings from the database it writes to. */
    public static DatabaseSink on(Connection connection) throws SQLException {
        return new DatabaseSink(connection, RuleSettingsReader.read(connection));
    }

    @Override
    public void accept(GeneratedRecord record) {
        records.merge(record.recordType(), 1L, Long::sum);
        if (record instanceof PersonEvent event) {
            people.event(event);
            return;
        }
        people.finish();
        if (record instanceof GeneratedRecord.Province p) {
            // The provinces are reference data of migration V1; the codes are the same.
        } else if (record instanceof GeneratedRecord.Area a) {
            long id = ids.next();
            codes.areas.put(a.code(), id);
            String name = VietnameseText.normalize(a.name());
            rows.insert("area", id, a.code(), name, VietnameseText.searchKey(name), VietnameseText.sortKey(name),
                    a.kind().name(), codes.areas.idOrNull(a.parentCode(), "area " + a.code()),
                    a.formerProvince(), a.validFrom(), a.validTo());
        } else if (record instanceof GeneratedRecord.AreaSuccession s) {
            // No table: the predecessor's valid_to and the successor's valid_from already say it.
        } else if (record instanceof GeneratedRecord.AreaPopulation p) {
            rows.insert("area_population", ids.next(),
                    codes.areas.id(p.areaCode(), "population " + p.year()), p.year(), (long) p.population());
        } else if (record instanceof GeneratedRecord.Unit u) {
            long id = ids.next();
            codes.units.put(u.code(), id);
            String name = VietnameseText.normalize(u.name());
            rows.insert("economic_unit", id, u.code(), name, VietnameseText.searchKey(name),
                    VietnameseText.sortKey(name), u.kind().name(), codes.areas.idOrNull(u.areaCode(),
                            "unit " + u.code()), u.formerProvince(), u.validFrom(), u.validTo());
        } else if (record instanceof GeneratedRecord.UnitWorkforce w) {
            rows.insert("unit_worker_count", ids.next(),
                    codes.units.id(w.unitCode(), "workforce"), w.date(), w.stableWorkers());
        } else if (record instanceof Organisation o) {
            organisation(o);
        } else if (record instanceof GeneratedRecord.OrganisationSuccession s) {
            rows.insert("organisation_successor",
                    codes.organisations.id(s.predecessorCode(), "succession"),
                    codes.organisations.id(s.successorCode(), "succession"));
        } else if (record instanceof GeneratedRecord.OrganisationRating r) {
            rows.insert("organisation_rating", ids.next(),
                    codes.organisations.id(r.organisationCode(), "organisation rating " + r.year()), r.year(),
                    r.grade().name());
        } else if (record instanceof GeneratedRecord.AdmissionPlan p) {
            rows.insert("admission_plan", ids.next(),
                    codes.organisations.id(p.organisationCode(), "admission plan " + p.year()), PlanKind.YEAR.name(),
                    p.year(), p.year(), p.quota(), p.date());
        } else if (record instanceof GeneratedRecord.TermPlan p) {
            rows.insert("admission_plan", ids.next(),
                    codes.organisations.id(p.organisationCode(), "term plan " + p.fromYear()), PlanKind.TERM.name(),
                    p.fromYear(), p.toYear(), p.quota(), p.date());
        } else if (record instanceof GeneratedRecord.AreaPosition p) {
            if (p.personCode() != null) { // a vacancy is the absence of a holder
                rows.insert("area_position_holder", ids.next(), codes.areas.id(p.areaCode(), "area position"),
                        p.kind().name(), codes.persons.id(p.personCode(), "area position " + p.areaCode()),
                        p.validFrom(), p.validTo());
            }
        } else if (record instanceof Person p) {
            people.start(p);
        } else {
            throw new LoadException("Unexpected record outside a person's events: " + record);
        }
    }

    private void organisation(Organisation o) {
        long id = ids.next();
        String where = "organisation " + o.code();
        Long parent = codes.organisations.idOrNull(o.parentCode(), where);
        Long unit = codes.units.idOrNull(o.unitCode(), where);
        codes.organisations.put(o.code(), id);
        String name = VietnameseText.normalize(o.name());
        codes.organisationNames.put(o.code(), name);
        rows.insert("party_organisation", id, o.code(), name, VietnameseText.searchKey(name),
                VietnameseText.sortKey(name), o.type().name(), o.sector().name(), o.formerProvince(), unit,
                o.validFrom(), o.validTo());
        if (parent != null) {
            // As OrganisationRegistry.create links it; the generator never moves an organisation.
            rows.insert("organisation_parent", ids.next(), id, parent, o.validFrom(), o.validTo());
        }
        for (String area : new LinkedHashSet<>(o.areaCodes())) {
            rows.insert("organisation_area", id, codes.areas.id(area, where));
        }
    }

    /** Writes what is pending; the caller commits (or rolls back) and then calls {@link #advanceSequence}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            people.finish();
            rows.flush();
            assignPeopleToTheirProvinceNow();
        } finally {
            rows.close();
        }
    }

    /**
     * A person's record belongs to the province whose staff may see it (V72, docs/security.md): since
     * 1 July 2025 that is the merged province, so people of Sóc Trăng belong to Cần Thơ's staff.
     */
    private void assignPeopleToTheirProvinceNow() {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE person SET former_province = (SELECT p.merged_into FROM province p "
                    + "WHERE p.code = person.former_province) WHERE former_province IN "
                    + "(SELECT code FROM province WHERE merged_into IS NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot assign the loaded people to their provinces: " + e.getSQLState(), e);
        }
    }

    /**
     * Moves the id sequence past the loaded rows. Call it after the commit: on H2, ALTER SEQUENCE commits
     * the open transaction, which must not happen half way through a load.
     */
    public void advanceSequence() throws SQLException {
        ids.release(connection);
    }

    /** The figures so far (complete after {@link #close}). */
    public LoadReport report(long seed, double scale) {
        return new LoadReport(seed, scale, records, rows.figures(), people.adjustments, System.nanoTime() - startNanos);
    }

    private static BatchInserts declareTables(BatchInserts b) throws SQLException {
        String[] named = {"id", "code", "name", "search_key", "sort_key", "kind"};
        return b.table("area", "id", "code", "name", "search_key", "sort_key", "kind", "parent_id", "former_province",
                        "valid_from", "valid_to")
                .table("area_population", "id", "area_id", "pop_year", "population")
                .table("economic_unit", concat(named, "area_id", "former_province", "valid_from", "valid_to"))
                .table("unit_worker_count", "id", "unit_id", "observed_on", "workers")
                .table("party_organisation", "id", "code", "name", "search_key", "sort_key", "org_type", "sector",
                        "former_province", "unit_id", "valid_from", "valid_to")
                .table("organisation_parent", "id", "organisation_id", "parent_id", "valid_from", "valid_to")
                .table("organisation_area", "organisation_id", "area_id")
                .table("organisation_successor", "organisation_id", "successor_id")
                .table("organisation_rating", "id", "organisation_id", "rating_year", "grade")
                .table("admission_plan", "id", "organisation_id", "plan_kind", "from_year", "to_year", "quota",
                        "adopted_on")
                .table("person", "id", "external_id", "full_name", "search_key", "sort_key", "birth_date", "gender",
                        "ethnicity", "religion", "education", "residence_area_id", "youth_union", "national_id",
                        "party_card_number", "created_at", "former_province")
                .table("person_occupation", "id", "person_id", "occupation", "unit_id", "valid_from", "valid_to")
                .table("membership_event", "id", "person_id", "kind", "event_date", "organisation_id", "detail",
                        "decision_ref", "counterpart", "occupation", "religion", "voids", "reason", "recorded_at")
                .table("membership_period", "id", "person_id", "organisation_id", "start_date", "end_date",
                        "end_reason")
                .table("admission_record", "id", "person_id", "event_id", "organisation_id", "decision_date",
                        "age_months", "occupation", "religious", "ceremony_date", "probation_end", "recognition_date",
                        "left_date")
                .table("area_position_holder", "id", "area_id", "position_kind", "person_id", "valid_from", "valid_to")
                .table("member_rating", "id", "person_id", "rating_year", "organisation_id", "grade")
                .table("task_assignment", "id", "person_id", "task_year", "organisation_id", "description")
                .table("committee_member", "id", "organisation_id", "person_id", "role", "valid_from", "valid_to")
                .table("committee_training", "id", "person_id", "course_date", "course_name")
                .table("candidate_move", "id", "person_id", "from_organisation_id", "to_organisation_id",
                        "destination", "move_date")
                .table("handover_notice", "id", "move_id", "issued_by_id", "issued_on", "acknowledged_on",
                        "acknowledged_by")
                .table("away_flag", "id", "person_id", "valid_from", "valid_to")
                .table("leave_request", "id", "person_id", "filed_on");
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
