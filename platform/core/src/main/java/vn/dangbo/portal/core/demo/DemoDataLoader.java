package vn.dangbo.portal.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.dangbo.portal.core.freshness.DataVersion;
import vn.dangbo.portal.core.bulkload.DemoDataCheck;
import vn.dangbo.portal.core.bulkload.GeneratedDataLoader;
import vn.dangbo.portal.core.bulkload.LoadException;
import vn.dangbo.portal.core.bulkload.LoadReport;

/**
 * In demo mode ({@link DemoSettings}), fills a database without organisations with synthetic data at
 * start-up, in one local transaction (bean-managed: the load commits or rolls back as a whole). A
 * database that holds any organisation is never touched. A failed load is logged and leaves the portal
 * empty but running.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @EJB
    private DataVersion dataVersion;

    private volatile LoadReport report;

    @PostConstruct
    void loadIfEmpty() {
        DemoSettings settings = DemoSettings.current();
        if (!settings.enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (DemoDataCheck.hasOrganisations(connection)) {
                LOG.info("Demo mode: the database already holds organisations; no demo data loaded");
                return;
            }
            LOG.info(() -> "Demo mode: loading synthetic data (scale " + settings.scale() + ", seed " + settings.seed()
                    + ")...");
            report = new GeneratedDataLoader(settings.seed(), settings.scale()).load(connection);
            // Written over JDBC, past the persistence unit's write tracking.
            dataVersion.changed();
            LOG.info(() -> "Demo mode: loaded " + report.summary());
        } catch (SQLException | LoadException e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo data could not be loaded (nothing was kept)", e);
        }
    }

    /** The demo load of this start-up, or null when none happened. */
    public LoadReport report() {
        return report;
    }
}
