package vn.dangbo.portal.core.territory;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.portal.api.model.LocalizedText;

/** The provinces' names in Vietnamese and English, by code, for pages that show a province. */
@Stateless
public class ProvinceNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Every province (including those merged in 2025), by code. */
    public Map<String, LocalizedText> all() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (ProvinceEntity province : em.createQuery("SELECT p FROM ProvinceEntity p ORDER BY p.code",
                ProvinceEntity.class).getResultList()) {
            names.put(province.getCode(), LocalizedText.of(province.getNameVi(), province.getNameEn()));
        }
        return names;
    }

    /** The province's name; its code when the province is unknown. */
    public LocalizedText of(String code) {
        ProvinceEntity province = code == null ? null : em.find(ProvinceEntity.class, code);
        return province == null ? LocalizedText.of(String.valueOf(code), String.valueOf(code))
                : LocalizedText.of(province.getNameVi(), province.getNameEn());
    }
}
