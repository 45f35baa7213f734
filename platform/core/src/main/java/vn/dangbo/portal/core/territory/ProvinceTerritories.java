package vn.dangbo.portal.core.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The former provinces whose records a province holds today: itself and the provinces merged into
 * it on 1 July 2025 (Hải Phòng holds Hải Dương's areas, organisations and people, which keep their
 * former province). Provincial staff are bound to today's province, so this is what they may read
 * and write. The province table changes only by migration, so each answer is kept once asked.
 */
@ApplicationScoped
public class ProvinceTerritories {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    private final Map<String, Set<String>> held = new ConcurrentHashMap<>();

    /** The codes of the province and of those merged into it; just the code if it is unknown. */
    public Set<String> heldBy(String province) {
        if (province == null) {
            return Set.of();
        }
        return held.computeIfAbsent(province, p -> Set.copyOf(em.createQuery(
                "SELECT p.code FROM ProvinceEntity p WHERE p.code = :c OR p.mergedInto = :c", String.class)
                .setParameter("c", p).getResultList()));
    }
}
