package vn.dangbo.portal.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.core.bulkload.DatabaseSink;
import vn.dangbo.portal.core.bulkload.LoadReport;
import vn.dangbo.portal.core.evaluation.EvaluationContextService;
import vn.dangbo.portal.datagen.DataGenerator;
import vn.dangbo.portal.it.PortalDeployment;

/**
 * Generated data loaded through the database sink into the test database, then counted by the
 * platform's query services (as a province program would see them) and, independently, straight from
 * the same generated stream ({@link StreamFigures}): both must agree for every former province. The load
 * runs in a transaction that is rolled back, so the other tests never see the synthetic data.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final long SEED = 7;
    private static final double SCALE = 0.002;
    private static final List<String> FORMER_PROVINCES = List.of("can-tho", "hai-phong", "khanh-hoa", "dong-thap",
            "soc-trang", "hau-giang", "hai-duong", "ninh-thuan", "tien-giang");
    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(DemoDataIT.class, StreamFigures.class);
    }

    @Resource
    UserTransaction tx;
    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;
    @EJB
    EvaluationContextService contexts;

    @Test
    void membersAndAdmissionsOfTheLoadedDataAreThoseOfTheStream() throws Exception {
        StreamFigures expected = new StreamFigures(DAY, FROM, DAY);
        new DataGenerator(SEED, SCALE).generate(expected);
        expected.close();

        tx.begin();
        try {
            Map<String, long[]> before = figures();
            LoadReport report;
            try (Connection connection = dataSource.getConnection()) {
                DatabaseSink sink = DatabaseSink.on(connection);
                new DataGenerator(SEED, SCALE).generate(sink);
                sink.close();
                report = sink.report(SEED, SCALE);
            }
            assertTrue(report.rows("membership_period") > 0, report.summary());
            Map<String, long[]> after = figures();
            long members = 0;
            long admitted = 0;
            for (String province : FORMER_PROVINCES) {
                assertEquals(expected.members(province), after.get(province)[0] - before.get(province)[0],
                        "members at " + DAY + " in " + province);
                assertEquals(expected.admissions(province), after.get(province)[1] - before.get(province)[1],
                        "admissions in 2024 in " + province);
                members += expected.members(province);
                admitted += expected.admissions(province);
            }
            assertTrue(members > 100 && admitted > 0, members + " members, " + admitted + " admissions");
        } finally {
            tx.rollback();
        }
    }

    /** Per former province: members on DAY and admissions FROM to DAY, through the plugin API's services. */
    private Map<String, long[]> figures() {
        Map<String, long[]> result = new LinkedHashMap<>();
        for (String province : FORMER_PROVINCES) {
            EvaluationContext context = contexts.create(Territory.formerProvince(province), 2024);
            result.put(province, new long[] {context.members().membersAt(DAY), context.admissions().count(FROM, DAY)});
        }
        return result;
    }
}
