package vn.dangbo.portal.core.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.portal.core.bulkload.BatchInserts;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.rules.MembershipHistory;
import vn.dangbo.portal.core.text.VietnameseText;

/**
 * The writes of one block of imported people, gathered while the block is checked and then sent with
 * JDBC batches in an order the foreign keys accept: changed people, the old projections of the people
 * whose history changed, then new rows parents first (people, occupations, events, periods, admission records). The
 * columns are those the entities map (PersonEntity, MembershipEventEntity, MembershipPeriodEntity,
 * AdmissionRecordEntity).
 */
final class PeopleWrites {

    private final Connection connection;
    private final int batchSize;
    private final List<Object[]> updatedPeople = new ArrayList<>();
    private final List<Long> droppedProjections = new ArrayList<>();
    private final List<Object[]> people = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> periods = new ArrayList<>();
    private final List<Object[]> occupations = new ArrayList<>();
    private final List<Object[]> endedOccupations = new ArrayList<>();
    private final List<Object[]> admissions = new ArrayList<>();

    PeopleWrites(Connection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    void newPerson(long id, String externalId, PersonDetails d, LocalDateTime createdAt, String province) {
        people.add(new Object[] {id, externalId, d.fullName(), VietnameseText.searchKey(d.fullName()),
            VietnameseText.sortKey(d.fullName()), d.birthDate(), d.gender().name(), d.ethnicity(), d.religion(),
            d.education(), d.residenceAreaId(), d.youthUnion(), d.nationalId(), d.partyCardNumber(), createdAt,
            province});
    }

    void updatedPerson(long id, PersonDetails d) {
        updatedPeople.add(new Object[] {d.fullName(), VietnameseText.searchKey(d.fullName()),
            VietnameseText.sortKey(d.fullName()), d.birthDate(), d.gender().name(), d.ethnicity(), d.religion(),
            d.education(), d.residenceAreaId(), d.youthUnion(), d.nationalId(), d.partyCardNumber(), id});
    }

    void event(long id, long personId, PeopleRowParser.PeopleRow row, Long organisationId, String occupation,
            String religion, LocalDateTime recordedAt) {
        events.add(new Object[] {id, personId, row.kind().name(), row.date(), organisationId, row.detail(),
            row.decisionRef(), row.voteDate(), occupation, religion, false, recordedAt});
    }

    void occupation(long id, long personId, String occupation, Long unitId, java.time.LocalDate from,
            java.time.LocalDate to) {
        occupations.add(new Object[] {id, personId, occupation, unitId, from, to});
    }

    void endedOccupation(long id, java.time.LocalDate to) {
        endedOccupations.add(new Object[] {to, id});
    }

    void dropProjections(long personId) {
        droppedProjections.add(personId);
    }

    void period(long id, long personId, MembershipHistory.Period p) {
        periods.add(new Object[] {id, personId, p.organisationId(), p.start(), p.end(), p.endReason()});
    }

    void admission(long id, long personId, MembershipHistory.Admission a) {
        admissions.add(new Object[] {id, personId, a.eventId(), a.organisationId(), a.decision(), a.ageMonths(),
            a.occupation(), a.religious(), a.ceremony(), a.probationEnd(), a.recognition(), a.left()});
    }

    /** Sends everything gathered. */
    void send() throws SQLException {
        batch("UPDATE person SET full_name = ?, search_key = ?, sort_key = ?, birth_date = ?, gender = ?, "
                + "ethnicity = ?, religion = ?, education = ?, residence_area_id = ?, youth_union = ?, national_id = ?, "
                + "party_card_number = ? WHERE id = ?", updatedPeople);
        batch("UPDATE person_occupation SET valid_to = ? WHERE id = ?", endedOccupations);
        List<Object[]> dropped = droppedProjections.stream().map(id -> new Object[] {id}).toList();
        batch("DELETE FROM membership_period WHERE person_id = ?", dropped);
        batch("DELETE FROM admission_record WHERE person_id = ?", dropped);
        try (BatchInserts rows = new BatchInserts(connection, batchSize)
                .table("person", "id", "external_id", "full_name", "search_key", "sort_key", "birth_date", "gender",
                        "ethnicity", "religion", "education", "residence_area_id", "youth_union", "national_id",
                        "party_card_number", "created_at", "former_province")
                .table("membership_event", "id", "person_id", "kind", "event_date", "organisation_id", "detail",
                        "decision_ref", "vote_date", "occupation", "religion", "voids", "recorded_at")
                .table("person_occupation", "id", "person_id", "occupation", "unit_id", "valid_from", "valid_to")
                .table("membership_period", "id", "person_id", "organisation_id", "start_date", "end_date",
                        "end_reason")
                .table("admission_record", "id", "person_id", "event_id", "organisation_id", "decision_date",
                        "age_months", "occupation", "religious", "ceremony_date", "probation_end",
                        "recognition_date", "left_date")) {
            // Table by table: every person is sent before any of their events, and so on.
            people.forEach(r -> rows.insert("person", r));
            rows.flush();
            occupations.forEach(r -> rows.insert("person_occupation", r));
            events.forEach(r -> rows.insert("membership_event", r));
            rows.flush();
            periods.forEach(r -> rows.insert("membership_period", r));
            admissions.forEach(r -> rows.insert("admission_record", r));
            rows.flush();
        }
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.addBatch();
                if (++pending == batchSize) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }
}
