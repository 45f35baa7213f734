package vn.dangbo.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.core.personal.PersonalDataAccessLog;
import vn.dangbo.portal.core.personal.ProfileRead;
import vn.dangbo.portal.core.security.AccessDeniedException;
import vn.dangbo.portal.core.security.Caller;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.security.NotSignedInException;
import vn.dangbo.portal.core.security.Role;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;

/**
 * Inside WildFly: the personal-data access log records who read whose profile, refuses anonymous
 * writers and non-administrator readers (the EJB's refusals arrive unwrapped), and administrators
 * query it over /api/v1/access-log.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogIT {

    private static final Caller CANTHO = new Caller("cantho", Set.of(Role.PROVINCIAL_STAFF), "can-tho");
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClass(AccessLogIT.class);
    }

    @Inject
    CurrentUser currentUser;

    @EJB
    PersonalDataAccessLog log;

    @Test
    void recordsEveryProfileReadWithReaderSubjectAndTime() {
        String subject = "person-" + UUID.randomUUID();
        currentUser.identify(CANTHO);
        log.recordProfileRead(subject, "can-tho", "GET /api/v1/people/{id}");
        log.recordProfileRead(subject, "can-tho", "GET /api/v1/people/{id}");

        currentUser.identify(ADMIN);
        List<ProfileRead> reads = log.search(null, subject, 10);
        assertEquals(2, reads.size());
        ProfileRead read = reads.get(0);
        assertEquals("cantho", read.reader());
        assertEquals("can-tho", read.readerProvince());
        assertEquals("can-tho", read.subjectProvince());
        assertTrue(read.at().isAfter(java.time.Instant.now().minusSeconds(60)), "recorded now: " + read.at());
        assertTrue(reads.get(0).id() > reads.get(1).id(), "newest first");
        assertEquals(2, log.search("cantho", subject, 10).size());
        assertEquals(0, log.search("haiphong", subject, 10).size());

        HttpResponse<String> overHttp = PortalHttp.as("admin").get("api/v1/access-log?subject=" + subject);
        assertEquals(200, overHttp.statusCode());
        JsonArray rows = Json.createReader(new StringReader(overHttp.body())).readArray();
        assertEquals(2, rows.size());
        assertEquals("cantho", rows.getJsonObject(0).getString("reader"));
        assertEquals(403, PortalHttp.as("cantho").get("api/v1/access-log").statusCode());
    }

    @Test
    void onlySignedInCallersReadAndOnlyAdministratorsQuery() {
        currentUser.identify(Caller.ANONYMOUS);
        assertThrows(NotSignedInException.class, () -> log.recordProfileRead("person-x", "can-tho", "test"));
        currentUser.identify(CANTHO);
        // An application exception: thrown as it is, not wrapped in an EJBException.
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> log.search(null, null, 10));
        assertTrue(refused.getMessage().contains("ADMIN"), refused.getMessage());
    }

    @Test
    void theQueryIsBoundedByItsLimit() {
        currentUser.identify(CANTHO);
        for (int i = 0; i < 3; i++) {
            log.recordProfileRead("person-bounded", "can-tho", "test");
        }
        currentUser.identify(ADMIN);
        assertEquals(2, log.search(null, "person-bounded", 2).size());
        assertEquals(1, log.search(null, "person-bounded", -5).size());
    }
}
