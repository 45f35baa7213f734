package vn.dangbo.portal.core.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database schema up to date when the application starts, before any service uses it.
 * The same migrations (db/migration, SQL common to H2 in PostgreSQL mode and PostgreSQL) serve both
 * databases; EclipseLink never generates DDL. Beans that touch the database at start-up declare
 * {@code @DependsOn("SchemaMigration")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? null : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + applied + " migrations applied now)");
    }

    /** The schema version reached at start-up. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
