package vn.dangbo.portal.core.exchange;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import vn.dangbo.portal.core.freshness.DataVersion;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/**
 * Imports a people file (CSV or XLSX, docs/import-format.md) in one transaction: every row is
 * checked by the same rules as the REST API; when any row is refused the whole file is rolled back
 * and the report lists every bad row with its column and reason. People are matched by their
 * external id and events by (kind, date, organisation, detail), so importing a file again changes
 * nothing. The work is done by {@link PeopleFileLoader} with JDBC on the transaction's connection:
 * rows stream through, people are checked and written in blocks with batched statements.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class PeopleImporter {

    public enum Format { CSV, XLSX }

    /** A large province file takes minutes; the default 5-minute timeout is too short. */
    private static final int TIMEOUT_SECONDS = 2 * 60 * 60;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction tx;

    @EJB
    private RuleSettingsService settings;

    @Inject
    private CurrentUser currentUser;

    /** The import writes over JDBC, which WriteTracking does not see: cached figures must be told. */
    @EJB
    private DataVersion dataVersion;

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
        RuleSettings rules = settings.current();
        try {
            tx.setTransactionTimeout(TIMEOUT_SECONDS);
            tx.begin();
            ImportReport report;
            // Obtained inside the transaction: the connection is enlisted in it.
            try (Connection connection = dataSource.getConnection()) {
                report = new PeopleFileLoader(connection, rules, province, LocalDateTime.now()).load(file, source);
            }
            if (report.accepted()) {
                tx.commit();
                dataVersion.changed();
            } else {
                tx.rollback();
            }
            return report;
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
}
