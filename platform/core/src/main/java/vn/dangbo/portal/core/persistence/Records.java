package vn.dangbo.portal.core.persistence;

import jakarta.persistence.EntityManager;
import vn.dangbo.portal.core.error.NotFoundException;

/** Loads records that an input names by id, failing with the input field when one does not exist. */
public final class Records {

    private Records() {
    }

    public static <T> T require(EntityManager em, Class<T> type, Long id, String field) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(field, type.getSimpleName().replace("Entity", ""), id);
        }
        return found;
    }

    /** Whether a province code exists (table province of V1). */
    public static boolean provinceExists(EntityManager em, String code) {
        return code != null && em.find(vn.dangbo.portal.core.territory.ProvinceEntity.class, code) != null;
    }
}
