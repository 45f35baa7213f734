package vn.dangbo.portal.core.settings;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.portal.core.error.NotFoundException;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.rules.RuleSettings;

/** Reads and changes the rule settings stored in the database (portal_setting, public_holiday). */
@Stateless
public class RuleSettingsService {

    public static final String CERTIFICATE_YEARS = "awareness-certificate.validity-years";
    public static final String CAP_ENABLED = "rating.excellent-cap.enabled";
    public static final String CAP_PERCENT = "rating.excellent-cap.percent";
    public static final String MIN_AGE = "admission.min-age-months";
    public static final String MAX_AGE = "admission.max-age-months";
    public static final String REVIEW_DAYS = "probation.review-working-days";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public RuleSettings current() {
        Map<String, String> values = new HashMap<>();
        for (SettingEntity s : em.createQuery("SELECT s FROM SettingEntity s", SettingEntity.class).getResultList()) {
            values.put(s.getKey(), s.getValue());
        }
        Set<LocalDate> holidays = em.createQuery("SELECT h FROM PublicHolidayEntity h", PublicHolidayEntity.class)
                .getResultStream().map(PublicHolidayEntity::getHoliday).collect(Collectors.toSet());
        RuleSettings defaults = RuleSettings.defaults();
        return new RuleSettings(
                integer(values, CERTIFICATE_YEARS, defaults.certificateValidityYears()),
                integer(values, MIN_AGE, defaults.minAgeMonths()),
                integer(values, MAX_AGE, defaults.maxAgeMonths()),
                Boolean.parseBoolean(values.getOrDefault(CAP_ENABLED, Boolean.toString(defaults.excellentCapEnabled()))),
                integer(values, CAP_PERCENT, defaults.excellentCapPercent()),
                integer(values, REVIEW_DAYS, defaults.reviewWorkingDays()),
                holidays);
    }

    /** Every setting with its value and description. */
    public List<SettingView> list() {
        return em.createQuery("SELECT s FROM SettingEntity s ORDER BY s.settingKey", SettingEntity.class).getResultStream()
                .map(s -> new SettingView(s.getKey(), s.getValue(), s.getDescription())).toList();
    }

    /** Changes a setting; the value must suit it (a whole number, or true/false for switches). */
    public SettingView change(String key, String value) {
        SettingEntity setting = em.find(SettingEntity.class, key);
        if (setting == null) {
            throw new NotFoundException("key", "Setting", key);
        }
        String v = value == null ? "" : value.strip();
        if (key.equals(CAP_ENABLED)) {
            if (!v.equals("true") && !v.equals("false")) {
                throw new ValidationException("value", "Phải là true hoặc false");
            }
        } else if (!v.matches("\\d{1,4}") || Integer.parseInt(v) <= 0) {
            throw new ValidationException("value", "Phải là số nguyên dương");
        }
        setting.change(v);
        return new SettingView(key, v, setting.getDescription());
    }

    public void addHoliday(LocalDate day, String name) {
        if (em.find(PublicHolidayEntity.class, day) == null) {
            em.persist(new PublicHolidayEntity(day, name));
        }
    }

    private static int integer(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        return v == null ? fallback : Integer.parseInt(v);
    }

    /** A setting as shown to administrators. */
    public record SettingView(String key, String value, String description) {
    }
}
