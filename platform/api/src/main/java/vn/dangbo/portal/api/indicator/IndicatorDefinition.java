package vn.dangbo.portal.api.indicator;

import java.util.Objects;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * An indicator of a program, as the program defines it.
 *
 * @param code        stable code, for example {@code CT-ADMISSION-RATE}
 * @param name        name in Vietnamese and English
 * @param formula     the formula in words
 * @param measure     percent, count or average
 * @param target      the target as the program sets it
 * @param period      when it applies
 * @param firstYear   first year of the program's period for it
 * @param lastYear    last year of that period
 * @param source      the sentence of the source text it comes from
 */
public record IndicatorDefinition(String code, LocalizedText name, LocalizedText formula, Measure measure,
        Target target, PeriodKind period, int firstYear, int lastYear, String source) {

    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException(code + ": period " + firstYear + "-" + lastYear);
        }
    }

    /** Whether the year lies inside the program's period; figures outside it are flagged. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
