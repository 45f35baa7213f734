package vn.dangbo.portal.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.bulkload.GeneratedDataLoader;
import vn.dangbo.portal.core.rules.RuleSettings;

/**
 * The people import on plain JDBC (H2, the portal's migrations, a small generated province): the
 * generated people exported and imported again as new people (more than one block of
 * {@value PeopleFileLoader#BLOCK}), re-import, every bad row reported, rows of one person apart in the
 * file. Each test rolls back what it wrote.
 */
class PeopleFileLoaderTest {

    private static final String PROVINCE = "hai-phong";
    private static final String OWN = "p.former_province = '" + PROVINCE + "'";
    private static Connection connection;
    /** The export of every province. */
    private static List<String> all;
    /** The header and the rows of the people whose record the importing province holds. */
    private static List<String> exported;

    @BeforeAll
    static void load() throws Exception {
        String url = "jdbc:h2:mem:peoplefile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        new GeneratedDataLoader(7, 0.004).load(connection);
        connection.setAutoCommit(false);
        all = export(null);
        // An import looks areas and units up in the importing province only: its own people's rows.
        java.util.Set<String> own = new java.util.HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT external_id FROM person WHERE former_province = '" + PROVINCE + "'")) {
            while (rs.next()) {
                own.add(rs.getString(1));
            }
        }
        exported = new ArrayList<>();
        exported.add(all.get(0));
        all.stream().skip(1).filter(r -> own.contains(r.substring(0, r.indexOf(',')))).forEach(exported::add);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @AfterEach
    void rollback() throws SQLException {
        connection.rollback();
    }

    private static List<String> export(String province) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRowSink sink = new CsvRowSink(out)) {
            PeopleFileExport.write(connection, province, sink);
        }
        return Arrays.asList(new String(out.toByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
    }

    private static ImportReport importCsv(String name, List<String> lines) {
        byte[] bytes = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
        return new PeopleFileLoader(connection, RuleSettings.defaults(), PROVINCE, LocalDateTime.now())
                .load(name, new CsvRowSource(new ByteArrayInputStream(bytes)));
    }

    /** The export with every external id prefixed: the same people, new to the database. */
    private static List<String> copies(String prefix) {
        List<String> lines = new ArrayList<>();
        lines.add(exported.get(0));
        exported.stream().skip(1).map(r -> prefix + r).forEach(lines::add);
        return lines;
    }

    /** Rows of the export that carry an event or an occupation (the others only give a person). */
    private static long recordRows() {
        int event = Arrays.asList(exported.get(0).split(",")).indexOf("event");
        return exported.stream().skip(1).filter(r -> !r.split(",", -1)[event].isEmpty()).count();
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anExportImportsAsNewPeopleWithTheSameHistoryAndProjections() throws Exception {
        long people = count("SELECT COUNT(*) FROM person WHERE former_province = '" + PROVINCE + "'");
        assertThat(people).isGreaterThan(2L * PeopleFileLoader.BLOCK);
        long eventRows = recordRows();
        assertThat(exported).anyMatch(r -> r.contains(",OCCUPATION,"));

        ImportReport report = importCsv("copy.csv", copies("c-"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.rows()).isEqualTo(exported.size() - 1);
        assertThat(report.peopleCreated()).isEqualTo(people);
        assertThat(report.eventsRecorded()).isEqualTo(eventRows);
        // The copies export as the originals did, row for row.
        List<String> again = export(PROVINCE).stream().filter(r -> r.startsWith("c-")).toList();
        assertThat(again).containsExactlyElementsOf(copies("c-").subList(1, exported.size()));
        // The projections the statistics read are those the services would have computed.
        assertThat(count("SELECT COUNT(*) FROM membership_period m JOIN person p ON p.id = m.person_id "
                + "WHERE p.external_id LIKE 'c-%'")).isEqualTo(count("SELECT COUNT(*) FROM membership_period m "
                + "JOIN person p ON p.id = m.person_id WHERE p.external_id NOT LIKE 'c-%' AND " + OWN));
        assertThat(count("SELECT COUNT(*) FROM admission_record a JOIN person p ON p.id = a.person_id "
                + "WHERE p.external_id LIKE 'c-%'")).isEqualTo(count("SELECT COUNT(*) FROM admission_record a "
                + "JOIN person p ON p.id = a.person_id WHERE p.external_id NOT LIKE 'c-%' AND " + OWN)).isPositive();
        // Occupations travel too, so each admission keeps the occupation of its date.
        String occupations = "SELECT COUNT(*) FROM admission_record a JOIN person p ON p.id = a.person_id "
                + "WHERE a.occupation IS NOT NULL AND p.external_id ";
        assertThat(count(occupations + "LIKE 'c-%'")).isEqualTo(count(occupations + "NOT LIKE 'c-%' AND " + OWN)).isPositive();
        assertThat(count("SELECT COUNT(*) FROM person_occupation j JOIN person p ON p.id = j.person_id "
                + "WHERE p.external_id LIKE 'c-%'")).isEqualTo(count("SELECT COUNT(*) FROM person_occupation j "
                + "JOIN person p ON p.id = j.person_id WHERE p.external_id NOT LIKE 'c-%' AND " + OWN));
    }

    @Test
    void anOccupationEndsTheOpenOneAndCannotStartBeforeALaterOne() throws Exception {
        String header = "external_id,full_name,birth_date,gender,event,event_date,detail,valid_to";
        ImportReport first = importCsv("jobs.csv", List.of(header,
                "z-1,Đổi Nghề,1990-01-01,MALE,OCCUPATION,2015-01-01,FARMER,",
                "z-1,Đổi Nghề,1990-01-01,MALE,OCCUPATION,2020-06-01,TEACHER,"));
        assertThat(first.errors()).isEmpty();
        assertThat(first.eventsRecorded()).isEqualTo(2);
        assertThat(firstOf("SELECT CAST(j.valid_to AS VARCHAR) FROM person_occupation j JOIN person p "
                + "ON p.id = j.person_id WHERE p.external_id = 'z-1' AND j.occupation = 'FARMER'")).isEqualTo("2020-05-31");

        ImportReport second = importCsv("jobs.csv", List.of(header,
                "z-1,Đổi Nghề,1990-01-01,MALE,OCCUPATION,2018-01-01,OTHER,",
                "z-1,Đổi Nghề,1990-01-01,MALE,OCCUPATION,2021-01-01,PILOT,",
                "z-1,Đổi Nghề,1990-01-01,MALE,OCCUPATION,2022-01-01,OTHER,2021-01-01"));
        assertThat(second.errors()).extracting(e -> e.row() + ":" + e.column()).containsExactly(
                "2:event_date", "3:detail", "4:valid_to");
        assertThat(second.errors().get(0).reason()).isEqualTo("Đã có nghề nghiệp từ ngày 2020-06-01");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        assertThat(importCsv("copy.csv", copies("r-")).errors()).isEmpty();
        long events = count("SELECT COUNT(*) FROM membership_event");
        long periods = count("SELECT COUNT(*) FROM membership_period");

        ImportReport again = importCsv("copy.csv", copies("r-"));

        assertThat(again.accepted()).isTrue();
        assertThat(again.peopleCreated()).isZero();
        assertThat(again.peopleUpdated()).isZero();
        assertThat(again.eventsRecorded()).isZero();
        assertThat(again.eventsUnchanged()).isEqualTo(recordRows());
        assertThat(count("SELECT COUNT(*) FROM membership_event")).isEqualTo(events);
        assertThat(count("SELECT COUNT(*) FROM membership_period")).isEqualTo(periods);
    }

    @Test
    void everyBadRowIsReportedInRowOrderWithItsColumn() throws Exception {
        String header = "external_id,full_name,birth_date,gender,event,event_date,organisation_code,detail";
        String org = orgCode();
        List<String> lines = new ArrayList<>(List.of(header,
                "x-young,Quá Trẻ,2006-07-01,FEMALE,AWARENESS_CERTIFICATE,2024-01-10,,",
                "x-bad,Ngày Sai,1990-13-01,MALE,,,,",
                "x-young,Quá Trẻ,2006-07-01,FEMALE,ADMISSION,2024-06-30," + org + ","));
        // More than a block of good people in between: errors of later blocks keep their row numbers.
        for (int i = 0; i < PeopleFileLoader.BLOCK + 10; i++) {
            lines.add("x-good-" + i + ",Người Tốt,1990-01-01,MALE,CANDIDATE_REGISTRATION,2024-01-01," + org + ",");
        }
        lines.add("x-nowhere,Không Nơi,1990-01-01,MALE,CANDIDATE_REGISTRATION,2024-01-01,nowhere,");
        lines.add("x-good-3,Người Khác,1990-01-01,MALE,,,,");
        // Illegal transitions: recognition and ceremony without an admission.
        lines.add("x-order,Sai Thứ Tự,1990-01-01,MALE,RECOGNITION,2024-01-01," + org + ",");
        lines.add("x-order,Sai Thứ Tự,1990-01-01,MALE,CEREMONY,2024-02-01," + org + ",");
        int last = lines.size();

        ImportReport report = importCsv("bad.csv", lines);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row).isSorted();
        assertThat(report.errors()).extracting(e -> e.row() + ":" + e.column()).containsExactly(
                "3:birth_date", "4:event_date", (last - 3) + ":organisation_code", (last - 2) + ":full_name",
                (last - 1) + ":event", last + ":event");
        assertThat(report.errors().get(1).reason()).contains("17 tuổi 11 tháng");
        assertThat(report.errors().get(3).reason()).isEqualTo("Thông tin cá nhân khác với dòng 8 của cùng mã x-good-3");
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("bad.csv"));
    }

    @Test
    void rowsOfOnePersonMayLieApartInTheFile() throws Exception {
        String org = orgCode();
        List<String> lines = new ArrayList<>(List.of("external_id,full_name,birth_date,gender,event,event_date,"
                + "organisation_code", "y-apart,Xa Nhau,1990-01-01,MALE,CANDIDATE_REGISTRATION,2024-01-01," + org));
        for (int i = 0; i < PeopleFileLoader.BLOCK + 1; i++) {
            lines.add("y-" + i + ",Người Giữa,1990-01-01,FEMALE,,,");
        }
        lines.add("y-apart,Xa Nhau,1990-01-01,MALE,AWARENESS_CERTIFICATE,2024-02-01,");
        lines.add("y-apart,Xa Nhau,1990-01-01,MALE,CANDIDATE_REGISTRATION,2024-01-01," + org);

        ImportReport report = importCsv("apart.csv", lines);

        assertThat(report.errors()).isEmpty();
        assertThat(report.peopleCreated()).isEqualTo(PeopleFileLoader.BLOCK + 2);
        assertThat(report.eventsRecorded()).isEqualTo(2);
        assertThat(report.eventsUnchanged()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM membership_event e JOIN person p ON p.id = e.person_id "
                + "WHERE p.external_id = 'y-apart'")).isEqualTo(2);
    }

    @Test
    void aPersonOfAnotherProvinceIsRefused() throws Exception {
        String foreign = firstOf("SELECT external_id FROM person WHERE former_province <> '" + PROVINCE
                + "' ORDER BY id");
        // Its residence area left out: the import would refuse another province's area first.
        int area = Arrays.asList(all.get(0).split(",")).indexOf("residence_area_code");
        String[] cells = all.stream().filter(r -> r.startsWith(foreign + ",")).findFirst().orElseThrow().split(",", -1);
        cells[area] = "";
        String row = String.join(",", cells);
        String owner = ownerOf(foreign);
        assertThat(owner).isNotEqualTo(PROVINCE);

        ImportReport report = importCsv("foreign.csv", List.of(all.get(0), row));

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("external_id");
            assertThat(e.reason()).contains("tỉnh khác");
        });
    }

    private static String ownerOf(String externalId) throws SQLException {
        return firstOf("SELECT former_province FROM person WHERE external_id = '" + externalId + "'");
    }

    private static String firstOf(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** An organisation of the province that exists in 2024, as the file names it. */
    private static String orgCode() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT code FROM party_organisation WHERE valid_from <= DATE '2024-01-01' AND (valid_to IS NULL "
                        + "OR valid_to >= DATE '2024-12-31') AND org_type = 'BRANCH' ORDER BY id")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
