package vn.dangbo.portal.core.personal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.security.Role;

/**
 * The record of who read whose full profile. Every service that returns a person's full profile
 * calls {@link #recordProfileRead} in the same transaction, so a read that fails to be logged
 * fails. Only administrators query it.
 */
@Stateless
public class PersonalDataAccessLog {

    public static final int MAX_ROWS = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records that the current caller read this person's full profile.
     *
     * @param subjectRef       the person's identifier in the portal (never their name or national ID)
     * @param subjectProvince  the province the person belongs to
     * @param purpose          the endpoint or reason, e.g. "GET /api/v1/people/{id}"
     */
    public void recordProfileRead(String subjectRef, String subjectProvince, String purpose) {
        currentUser.requireAnyRole(Role.values());
        em.persist(new PersonalDataAccessEntity(clock.instant(), currentUser.username(),
                currentUser.province().orElse(null), subjectRef, subjectProvince, purpose));
    }

    /** The newest reads first, optionally only those of one reader and/or one subject. */
    public List<ProfileRead> search(String reader, String subjectRef, int limit) {
        currentUser.requireAnyRole(Role.ADMIN);
        StringBuilder jpql = new StringBuilder("SELECT a FROM PersonalDataAccessEntity a WHERE 1 = 1");
        if (reader != null) {
            jpql.append(" AND a.reader = :reader");
        }
        if (subjectRef != null) {
            jpql.append(" AND a.subjectRef = :subject");
        }
        jpql.append(" ORDER BY a.accessedAt DESC, a.id DESC");
        TypedQuery<PersonalDataAccessEntity> query = em.createQuery(jpql.toString(), PersonalDataAccessEntity.class);
        if (reader != null) {
            query.setParameter("reader", reader);
        }
        if (subjectRef != null) {
            query.setParameter("subject", subjectRef);
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_ROWS))).getResultList().stream()
                .map(PersonalDataAccessEntity::toRecord).toList();
    }
}
