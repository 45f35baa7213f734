package vn.dangbo.portal.core.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * The configurable parts of the rules, as stored in the database (table portal_setting and
 * public_holiday): rules that the sources leave uncertain are settings, not constants.
 *
 * @param certificateValidityYears years an awareness-course certificate stays valid (5)
 * @param minAgeMonths             youngest age at the branch vote, in whole months (216 = 18 years)
 * @param maxAgeMonths             oldest age at the branch vote, in whole months (720 = 60 years)
 * @param excellentCapEnabled      whether "xuất sắc" is capped per grassroots organisation (older guidance)
 * @param excellentCapPercent      the cap, in percent of the members rated good or better (20)
 * @param reviewWorkingDays        working days allowed for the recognition review after probation (30)
 * @param holidays                 public holidays that are not working days
 */
public record RuleSettings(int certificateValidityYears, int minAgeMonths, int maxAgeMonths,
        boolean excellentCapEnabled, int excellentCapPercent, int reviewWorkingDays, Set<LocalDate> holidays) {

    public RuleSettings {
        holidays = Set.copyOf(holidays);
    }

    /** The defaults shipped in migration V2. */
    public static RuleSettings defaults() {
        return new RuleSettings(5, 216, 720, false, 20, 30, Set.of());
    }

    public RuleSettings withCertificateValidityYears(int years) {
        return new RuleSettings(years, minAgeMonths, maxAgeMonths, excellentCapEnabled, excellentCapPercent,
                reviewWorkingDays, holidays);
    }

    public RuleSettings withExcellentCap(boolean enabled, int percent) {
        return new RuleSettings(certificateValidityYears, minAgeMonths, maxAgeMonths, enabled, percent,
                reviewWorkingDays, holidays);
    }

    public WorkingDays workingDays() {
        return new WorkingDays(holidays);
    }
}
