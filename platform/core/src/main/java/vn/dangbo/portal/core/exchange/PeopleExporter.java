package vn.dangbo.portal.core.exchange;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Exports the people file (docs/import-format.md) of a province to its staff, with
 * {@link PeopleFileExport} on a connection of the portal's data source.
 */
@Stateless
public class PeopleExporter {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Inject
    private CurrentUser currentUser;

    /**
     * The province an export of {@code requested} (the caller's own when null) covers, refused unless
     * the caller is its staff. The web layer calls it before it starts streaming, to answer 403 in time.
     */
    public String provinceToExport(String requested) {
        String province = requested == null ? currentUser.province().orElse(null) : requested;
        currentUser.requireProvince(province);
        return province;
    }

    /**
     * The people whose records belong to the province (the caller's own when null); only that
     * province's staff may export them.
     */
    public void export(String requested, PeopleImporter.Format format, OutputStream out) {
        String province = provinceToExport(requested);
        try (Connection c = dataSource.getConnection();
                RowSink sink = format == PeopleImporter.Format.XLSX ? new XlsxRowSink(out, "people")
                        : new CsvRowSink(out)) {
            PeopleFileExport.write(c, province, sink);
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
