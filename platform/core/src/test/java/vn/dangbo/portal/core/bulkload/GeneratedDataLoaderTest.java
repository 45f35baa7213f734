package vn.dangbo.portal.core.bulkload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.statistics.SqlAdmissionStatistics;
import vn.dangbo.portal.core.statistics.SqlMemberStatistics;
import vn.dangbo.portal.core.statistics.TerritoryOn;
import vn.dangbo.portal.core.text.VietnameseText;
import vn.dangbo.portal.datagen.DataGenerator;
import vn.dangbo.portal.datagen.sink.CountingSink;
import vn.dangbo.portal.datagen.sink.FiguresSink;

/**
 * Loads a small generated stream into H2 (the migrations of the portal) and checks the rows against the
 * stream itself: the generator's own figures ({@link FiguresSink}) must come out of the platform's SQL
 * statistics, which read the projections the loader computed.
 */
class GeneratedDataLoaderTest {

    private static final long SEED = 42;
    private static final double SCALE = Double.parseDouble(System.getProperty("loader.test.scale", "0.002"));
    private static final List<String> PROGRAM_PROVINCES = List.of("can-tho", "hai-phong", "khanh-hoa", "dong-thap");

    private static Connection connection;
    private static LoadReport report;
    private static FiguresSink figures;

    @BeforeAll
    static void load() throws SQLException {
        String url = "jdbc:h2:mem:bulkload;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        report = new GeneratedDataLoader(SEED, SCALE).load(connection);
        figures = new FiguresSink();
        new DataGenerator(SEED, SCALE).generate(figures);
        figures.close();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyPersonOrganisationAndAreaBecomesOneRow() throws SQLException {
        CountingSink counted = new CountingSink();
        new DataGenerator(SEED, SCALE).generate(counted);
        assertThat(count("person")).isEqualTo(report.records().get("Person")).isPositive();
        assertThat(count("party_organisation")).isEqualTo(report.records().get("Organisation"));
        assertThat(count("area")).isEqualTo(report.records().get("Area"));
        assertThat(count("member_rating")).isEqualTo(report.records().get("MemberRating"));
        assertThat(report.totalRecords()).isEqualTo(counted.total());
        assertThat(report.rows("membership_period")).isEqualTo(count("membership_period")).isPositive();
    }

    @Test
    void membersAtTheEndOf2025AreTheGeneratorsOwnFigures() {
        LocalDate end = LocalDate.of(2025, 12, 31);
        for (String province : PROGRAM_PROVINCES) {
            Territory merged = new Territory(province, Territory.Mode.MERGED_PROVINCE);
            long members = new SqlMemberStatistics(connection, merged, RuleSettings.defaults()).membersAt(end);
            assertThat(members).as(province).isEqualTo(figures.members(province, 2025)).isPositive();
        }
    }

    /**
     * programs.md: the merged reading counts "the merged province as it stands on 31/12/Y". Bound to
     * the evaluation of 2025, the members at the end of 2024 (an admission rate's denominator) include
     * the provinces merged in 2025; bound to 2024, or taken on the query's own date, they do not.
     */
    @Test
    void theMergedTerritoryStandsOnTheYearEndOfTheEvaluation() {
        LocalDate endOf2024 = LocalDate.of(2024, 12, 31);
        Map<String, List<String>> mergedInto = Map.of("can-tho", List.of("soc-trang", "hau-giang"),
                "hai-phong", List.of("hai-duong"), "khanh-hoa", List.of("ninh-thuan"), "dong-thap", List.of("tien-giang"));
        for (String province : PROGRAM_PROVINCES) {
            Territory merged = new Territory(province, Territory.Mode.MERGED_PROVINCE);
            long own = membersAt(TerritoryOn.eachDay(Territory.formerProvince(province)), endOf2024);
            long others = mergedInto.get(province).stream()
                    .mapToLong(p -> membersAt(TerritoryOn.eachDay(Territory.formerProvince(p)), endOf2024)).sum();
            assertThat(others).as(province).isPositive();
            assertThat(membersAt(TerritoryOn.eachDay(merged), endOf2024)).as(province).isEqualTo(own);
            assertThat(membersAt(TerritoryOn.yearEnd(merged, 2024), endOf2024)).as(province).isEqualTo(own);
            assertThat(membersAt(TerritoryOn.yearEnd(merged, 2025), endOf2024)).as(province).isEqualTo(own + others);
        }
    }

    private static long membersAt(TerritoryOn territory, LocalDate day) {
        return new SqlMemberStatistics(connection, territory, RuleSettings.defaults()).membersAt(day);
    }

    @Test
    void admissionsOf2025AreTheGeneratorsOwnFigures() {
        for (String province : PROGRAM_PROVINCES) {
            Territory merged = new Territory(province, Territory.Mode.MERGED_PROVINCE);
            long admitted = new SqlAdmissionStatistics(connection, merged)
                    .count(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            assertThat(admitted).as(province).isEqualTo(figures.admissions(province, 2025)).isPositive();
        }
    }

    @Test
    void namesCarryTheKeysTheEntitiesCompute() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT full_name, search_key, sort_key FROM person")) {
            int checked = 0;
            while (rs.next()) {
                String name = rs.getString(1);
                assertThat(name).isEqualTo(VietnameseText.normalize(name));
                assertThat(rs.getString(2)).isEqualTo(VietnameseText.searchKey(name));
                assertThat(rs.getString(3)).isEqualTo(VietnameseText.sortKey(name));
                checked++;
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void theSequenceContinuesAboveTheLoadedIds() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT nextval('portal_id_seq'), (SELECT MAX(id) FROM membership_event)")) {
            rs.next();
            assertThat(rs.getLong(1)).isGreaterThan(rs.getLong(2) + 50);
        }
    }

    @Test
    void aFailedLoadLeavesNothingBehind() throws SQLException {
        long people = count("person");
        // The same stream again collides with the loaded codes part way through: all of it is rolled back.
        assertThatThrownBy(() -> new GeneratedDataLoader(SEED, SCALE).load(connection))
                .isInstanceOf(LoadException.class).hasMessageContaining("area");
        assertThat(count("person")).isEqualTo(people);
        assertThat(count("area")).isEqualTo(report.records().get("Area"));
    }

    private static long count(String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
