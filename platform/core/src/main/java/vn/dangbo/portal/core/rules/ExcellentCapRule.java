package vn.dangbo.portal.core.rules;

import vn.dangbo.portal.core.error.RuleViolationException;

/**
 * The older guidance's cap on "hoàn thành xuất sắc nhiệm vụ" within one grassroots organisation:
 * members rated excellent may be at most the configured percent of those rated good or better
 * (excellent ones are picked among those rated good). Whether 366-QĐ/TW keeps it is unconfirmed,
 * so it is a setting, off by default.
 */
public final class ExcellentCapRule {

    public static final String RULE = "rating.excellent-cap";

    private final RuleSettings settings;

    public ExcellentCapRule(RuleSettings settings) {
        this.settings = settings;
    }

    public void check(long excellent, long good, String field) {
        if (!settings.excellentCapEnabled()) {
            return;
        }
        long goodOrBetter = excellent + good;
        if (excellent * 100 > (long) settings.excellentCapPercent() * goodOrBetter) {
            throw new RuleViolationException(RULE, field, "Số xuất sắc (" + excellent + ") vượt "
                    + settings.excellentCapPercent() + "% số hoàn thành tốt nhiệm vụ trở lên (" + goodOrBetter + ")");
        }
    }
}
