package vn.dangbo.portal.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.core.territory.ProvinceEntity;
import vn.dangbo.portal.it.PortalDeployment;

/**
 * Inside WildFly: the persistence unit runs on EclipseLink (not WildFly's default Hibernate), the
 * schema came from Flyway, and Vietnamese text survives a round trip through the database.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClass(PersistenceIT.class);
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void theJpaProviderIsEclipseLink() {
        String delegate = em.getDelegate().getClass().getName();
        assertTrue(delegate.startsWith("org.eclipse.persistence."), "JPA provider in use: " + delegate);
        String factory = em.getEntityManagerFactory().getClass().getName();
        assertTrue(factory.startsWith("org.eclipse.persistence."), "entity manager factory: " + factory);
    }

    @Test
    void theSchemaComesFromFlywayMigrations() {
        Number applied = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE AND version = '1'")
                .getSingleResult();
        assertEquals(1, applied.intValue(), "migration V1 recorded by Flyway");
        ProvinceEntity canTho = em.find(ProvinceEntity.class, "can-tho");
        assertEquals("Cần Thơ", canTho.getNameVi());
    }

    @Test
    void vietnameseTextRoundTripsThroughEclipseLink() throws Exception {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        em.persist(new ProvinceEntity(code, "Cần Thơ – Đồng Tháp", "Can Tho - Dong Thap"));
        tx.commit();
        em.clear();

        // Read back through JPA with the entity cache bypassed, and through plain SQL.
        ProvinceEntity read = (ProvinceEntity) em.createQuery("SELECT p FROM ProvinceEntity p WHERE p.code = :code")
                .setParameter("code", code)
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .getSingleResult();
        assertEquals("Cần Thơ – Đồng Tháp", read.getNameVi());
        Object nativeName = em.createNativeQuery("SELECT name_vi FROM province WHERE code = ?1")
                .setParameter(1, code).getSingleResult();
        assertEquals("Cần Thơ – Đồng Tháp", nativeName);

        tx.begin();
        em.remove(em.find(ProvinceEntity.class, code));
        tx.commit();
    }
}
