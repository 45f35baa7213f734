package vn.dangbo.portal.core.freshness;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Watches every write the persistence unit sends to the database (entity inserts, updates and deletes,
 * JPQL bulk updates and deletes, native modifying statements) and tells {@link DataVersion} that the
 * current transaction changes the data. It listens on EclipseLink's server session, whose listeners
 * every client session and unit of work inherits, so no write service has to remember to do it.
 */
@Singleton
@Startup
public class WriteTracking {

    @PersistenceUnit(unitName = "portal")
    private EntityManagerFactory factory;

    @EJB
    private DataVersion version;

    private ServerSession session;
    private final Listener listener = new Listener();

    @PostConstruct
    void listen() {
        session = factory.unwrap(ServerSession.class);
        session.getEventManager().addListener(listener);
    }

    @PreDestroy
    void stop() {
        session.getEventManager().removeListener(listener);
    }

    private final class Listener extends SessionEventAdapter {

        /** EclipseLink begins its side of a transaction only to write (flush, bulk or native update). */
        @Override
        public void postBeginTransaction(SessionEvent event) {
            version.changesOnCommit();
        }

        @Override
        public void postExecuteQuery(SessionEvent event) {
            DatabaseQuery query = event.getQuery();
            if (query != null && query.isModifyQuery()) {
                version.changesOnCommit();
            }
        }
    }
}
