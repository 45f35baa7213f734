package vn.dangbo.portal.it.programs;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only servlet (added to the test's deployment, never to the portal): deletes every record of
 * the four program provinces and the five merged into them, so that the program figures test counts
 * its own fixture only. The integration tests share one server and database, and some of them record
 * organisations and people in these provinces; without this the figures would depend on the order
 * the tests run in. POST /it/province-data-wipe; answers the number of rows deleted.
 */
@WebServlet("/it/province-data-wipe")
public class ProvinceDataWipe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PROVINCES = "('can-tho','soc-trang','hau-giang','hai-phong','hai-duong','khanh-hoa',"
            + "'ninh-thuan','dong-thap','tien-giang')";
    private static final String P = "(SELECT id FROM person WHERE former_province IN " + PROVINCES + ")";
    private static final String O = "(SELECT id FROM party_organisation WHERE former_province IN " + PROVINCES + ")";
    private static final String A = "(SELECT id FROM area WHERE former_province IN " + PROVINCES + ")";
    private static final String U = "(SELECT id FROM economic_unit WHERE former_province IN " + PROVINCES + ")";
    private static final String MOVES = "(SELECT id FROM candidate_move WHERE person_id IN " + P
            + " OR from_organisation_id IN " + O + " OR to_organisation_id IN " + O + ")";
    private static final String EVENTS = "(SELECT id FROM membership_event WHERE person_id IN " + P
            + " OR organisation_id IN " + O + ")";

    /** Children before parents: the schema's foreign keys decide the order. */
    private static final List<String> STATEMENTS = List.of(
            "DELETE FROM handover_notice WHERE issued_by_id IN " + O + " OR move_id IN " + MOVES,
            "DELETE FROM candidate_move WHERE id IN " + MOVES,
            "DELETE FROM leave_request WHERE person_id IN " + P,
            "DELETE FROM away_flag WHERE person_id IN " + P,
            "DELETE FROM committee_training WHERE person_id IN " + P,
            "DELETE FROM task_assignment WHERE person_id IN " + P + " OR organisation_id IN " + O,
            "DELETE FROM admission_plan WHERE organisation_id IN " + O,
            "DELETE FROM committee_member WHERE person_id IN " + P + " OR organisation_id IN " + O,
            "DELETE FROM organisation_rating WHERE organisation_id IN " + O,
            "DELETE FROM member_rating WHERE person_id IN " + P + " OR organisation_id IN " + O,
            "DELETE FROM area_position_holder WHERE person_id IN " + P + " OR area_id IN " + A,
            "DELETE FROM admission_record WHERE person_id IN " + P + " OR organisation_id IN " + O
                    + " OR event_id IN " + EVENTS,
            "DELETE FROM membership_period WHERE person_id IN " + P + " OR organisation_id IN " + O,
            "UPDATE membership_event SET corrects_id = NULL WHERE corrects_id IN " + EVENTS,
            "DELETE FROM membership_event WHERE person_id IN " + P + " OR organisation_id IN " + O,
            "DELETE FROM person_occupation WHERE person_id IN " + P + " OR unit_id IN " + U,
            "UPDATE person SET residence_area_id = NULL WHERE residence_area_id IN " + A,
            "DELETE FROM person WHERE former_province IN " + PROVINCES,
            "DELETE FROM organisation_area WHERE organisation_id IN " + O + " OR area_id IN " + A,
            "DELETE FROM organisation_successor WHERE organisation_id IN " + O + " OR successor_id IN " + O,
            "DELETE FROM organisation_parent WHERE organisation_id IN " + O + " OR parent_id IN " + O,
            "UPDATE party_organisation SET unit_id = NULL WHERE unit_id IN " + U,
            "DELETE FROM party_organisation WHERE former_province IN " + PROVINCES,
            "DELETE FROM unit_worker_count WHERE unit_id IN " + U,
            "UPDATE economic_unit SET area_id = NULL WHERE area_id IN " + A,
            "DELETE FROM economic_unit WHERE former_province IN " + PROVINCES,
            "DELETE FROM area_population WHERE area_id IN " + A,
            "UPDATE area SET parent_id = NULL WHERE parent_id IN " + A,
            "DELETE FROM area WHERE former_province IN " + PROVINCES);

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    /** The deletes go around JPA: cached figures must learn that the data changed. */
    @jakarta.ejb.EJB
    private vn.dangbo.portal.core.freshness.DataVersion dataVersion;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long rows = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                rows += statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IOException("Wiping the program provinces' data failed: " + e.getMessage(), e);
        }
        dataVersion.changed();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Long.toString(rows));
    }
}
