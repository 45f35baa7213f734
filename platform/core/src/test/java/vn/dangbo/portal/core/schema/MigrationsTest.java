package vn.dangbo.portal.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations run on H2 in the PostgreSQL mode the portal uses (PostgreSQL itself: the ITs). */
class MigrationsTest {

    @Test
    void migrationsApplyOnH2InPostgresqlMode() throws Exception {
        String url = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        assertThat(flyway.migrate().migrationsExecuted).isGreaterThanOrEqualTo(2);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT setting_value FROM portal_setting WHERE setting_key = 'awareness-certificate.validity-years'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("5");
        }
    }
}
