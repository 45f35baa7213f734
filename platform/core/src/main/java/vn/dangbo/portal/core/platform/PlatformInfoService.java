package vn.dangbo.portal.core.platform;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import vn.dangbo.portal.api.ApiVersion;
import vn.dangbo.portal.core.schema.SchemaMigration;

/** Reports which JPA provider, database and schema version the platform runs on. */
@Stateless
public class PlatformInfoService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private SchemaMigration schema;

    public PlatformInfo describe() {
        return new PlatformInfo(ApiVersion.current(), em.getDelegate().getClass().getName(),
                databaseProduct(), schema.schemaVersion());
    }

    private String databaseProduct() {
        // EclipseLink hands out the JDBC connection of the current transaction.
        Connection connection = em.unwrap(Connection.class);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's metadata", e);
        }
    }
}
