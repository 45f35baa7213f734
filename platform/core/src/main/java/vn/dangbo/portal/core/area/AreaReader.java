package vn.dangbo.portal.core.area;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.text.VietnameseText;

/** Reads areas: one by id, or a search by name without diacritics, in Vietnamese order. */
@Stateless
public class AreaReader {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    public AreaSummary get(long id) {
        return summary(owned.area(id, "id"));
    }

    public List<AreaSummary> search(String query, String province, AreaKind kind, LocalDate date, int offset,
            int limit) {
        // Staff search their own province's areas; naming another province is refused.
        if (province == null) {
            province = owned.callersProvince();
        } else {
            owned.requireProvince(province);
        }
        StringBuilder jpql = new StringBuilder("SELECT a FROM AreaEntity a WHERE a.searchKey LIKE :q "
                + "AND a.validFrom <= :d AND (a.validTo IS NULL OR a.validTo >= :d)");
        jpql.append(" AND a.formerProvince = :p");
        if (kind != null) {
            jpql.append(" AND a.kind = :k");
        }
        TypedQuery<AreaEntity> q = em.createQuery(jpql + " ORDER BY a.sortKey, a.id", AreaEntity.class)
                .setParameter("q", "%" + (query == null ? "" : VietnameseText.searchKey(query)) + "%")
                .setParameter("d", date);
        q.setParameter("p", province);
        if (kind != null) {
            q.setParameter("k", kind);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultStream().map(AreaReader::summary).toList();
    }

    static AreaSummary summary(AreaEntity a) {
        return new AreaSummary(a.getId(), a.getCode(), a.getName(), a.getKind(), a.getParentId(),
                a.getFormerProvince(), a.getValidFrom(), a.getValidTo());
    }
}
