package vn.dangbo.portal.core.person;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.core.text.VietnameseText;

/**
 * Finds people by name without diacritics ("nguyen van an" finds "Nguyễn Văn An"), optionally only
 * the members of an organisation on a date, in Vietnamese alphabetical order, a page at a time.
 */
@Stateless
public class PersonSearch {

    /** A search. {@code organisationId} with {@code memberOn}: members of it that day. */
    public record Criteria(String query, Long organisationId, LocalDate memberOn, Long residenceAreaId, int offset,
            int limit) {
    }

    /** One person in a result list: no sensitive data. */
    public record Item(long id, String externalId, String fullName, Gender gender, Long residenceAreaId) {
    }

    public record Page(List<Item> items, long total, int offset, int limit) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /**
     * Only the people of the caller's own province (with those of the provinces merged into it):
     * staff search their province, nobody else searches.
     */
    public Page search(Criteria c) {
        String province = currentUser.province().orElse(null);
        currentUser.requireProvince(province);
        StringBuilder where = new StringBuilder(" WHERE p.searchKey LIKE :q AND p.formerProvince IN :provinces");
        if (c.organisationId() != null) {
            where.append(" AND EXISTS (SELECT m FROM MembershipPeriodEntity m WHERE m.personId = p.id "
                    + "AND m.organisationId = :org AND m.startDate <= :d AND (m.endDate IS NULL OR m.endDate >= :d))");
        }
        if (c.residenceAreaId() != null) {
            where.append(" AND p.residenceAreaId = :area");
        }
        TypedQuery<PersonEntity> items = bind(em.createQuery("SELECT p FROM PersonEntity p" + where
                + " ORDER BY p.sortKey, p.id", PersonEntity.class), c).setParameter("provinces", List.copyOf(currentUser.territory()));
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(p) FROM PersonEntity p" + where, Long.class), c)
                .setParameter("provinces", List.copyOf(currentUser.territory()));
        List<Item> found = items.setFirstResult(c.offset()).setMaxResults(c.limit()).getResultList().stream()
                .map(p -> new Item(p.getId(), p.getExternalId(), p.getFullName(), p.details().gender(),
                        p.details().residenceAreaId()))
                .toList();
        return new Page(found, count.getSingleResult(), c.offset(), c.limit());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Criteria c) {
        query.setParameter("q", "%" + (c.query() == null ? "" : VietnameseText.searchKey(c.query())) + "%");
        if (c.organisationId() != null) {
            query.setParameter("org", c.organisationId());
            query.setParameter("d", c.memberOn() == null ? LocalDate.now() : c.memberOn());
        }
        if (c.residenceAreaId() != null) {
            query.setParameter("area", c.residenceAreaId());
        }
        return query;
    }
}
