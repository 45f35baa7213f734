package vn.dangbo.portal.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * The figure of one indicator for one year: never a bare percentage. Build it with the factories
 * ({@link #ratio}, {@link #count}, {@link #average}, {@link #notEnoughData}), which apply the status
 * rules of programs.md.
 *
 * @param code            indicator code
 * @param year            the year evaluated
 * @param measure         percent, count or average
 * @param value           the value shown (two decimals), null when there is not enough data
 * @param numerator       numerator (the count for a count), null when not applicable
 * @param denominator     denominator, null for counts
 * @param target          the target applied this year
 * @param status          met, not met, not enough data or tracked
 * @param exceeded        above the target's range (vượt)
 * @param inPeriod        whether the year lies inside the program's period for it
 * @param reason          why there is not enough data, or a note on the figure; may be null
 * @param components      parts of a composite figure (KH-PRIVATE-COVERAGE's two ratios), else empty
 */
public record IndicatorResult(String code, int year, Measure measure, BigDecimal value, Long numerator,
        Long denominator, Target target, Status status, boolean exceeded, boolean inPeriod, LocalizedText reason,
        List<IndicatorResult> components) {

    public IndicatorResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** The denominator used when a ratio has none to divide by. */
    public static final LocalizedText EMPTY_DENOMINATOR =
            LocalizedText.of("Mẫu số bằng 0: không có đối tượng để tính", "The denominator is 0: nothing to count");

    /** A share in percent; not enough data when the denominator is 0. */
    public static IndicatorResult ratio(IndicatorDefinition definition, int year, long numerator, long denominator,
            Target target, BigDecimal previous, RangePolicy policy) {
        if (denominator == 0) {
            return notEnoughData(definition, year, target, EMPTY_DENOMINATOR, numerator, denominator);
        }
        return judged(definition, year, Numbers.percent(numerator, denominator), numerator, denominator, target,
                previous, policy);
    }

    /** A count of events: never "not enough data", zero is a real zero. */
    public static IndicatorResult count(IndicatorDefinition definition, int year, long count, Target target,
            BigDecimal previous, RangePolicy policy) {
        return judged(definition, year, BigDecimal.valueOf(count), count, null, target, previous, policy);
    }

    /** An average numerator / denominator; not enough data when the denominator is 0. */
    public static IndicatorResult average(IndicatorDefinition definition, int year, long numerator, long denominator,
            Target target, BigDecimal previous, RangePolicy policy) {
        if (denominator == 0) {
            return notEnoughData(definition, year, target, EMPTY_DENOMINATOR, numerator, denominator);
        }
        return judged(definition, year, Numbers.average(numerator, denominator), numerator, denominator, target,
                previous, policy);
    }

    /** Not enough data, with the reason; the numerator and denominator seen may be given (or null). */
    public static IndicatorResult notEnoughData(IndicatorDefinition definition, int year, Target target,
            LocalizedText reason, Long numerator, Long denominator) {
        return new IndicatorResult(definition.code(), year, definition.measure(), null, numerator, denominator,
                target, Status.NOT_ENOUGH_DATA, false, definition.covers(year), reason, List.of());
    }

    private static IndicatorResult judged(IndicatorDefinition definition, int year, BigDecimal exact, Long numerator,
            Long denominator, Target target, BigDecimal previous, RangePolicy policy) {
        Assessment assessment = target.assess(exact, previous, definition.measure(), policy);
        LocalizedText reason = assessment.status() == Status.NOT_ENOUGH_DATA
                ? LocalizedText.of("Chưa có số liệu năm trước để so sánh", "No figure for the previous year to compare with")
                : null;
        return new IndicatorResult(definition.code(), year, definition.measure(), Numbers.shown(exact), numerator,
                denominator, target, assessment.status(), assessment.exceeded(), definition.covers(year), reason,
                List.of());
    }

    /** The same result with the parts of a composite figure. */
    public IndicatorResult withComponents(List<IndicatorResult> parts) {
        return new IndicatorResult(code, year, measure, value, numerator, denominator, target, status, exceeded,
                inPeriod, reason, parts);
    }

    /** The same result with another status (a composite judged from its parts). */
    public IndicatorResult withStatus(Status newStatus, LocalizedText newReason) {
        return new IndicatorResult(code, year, measure, value, numerator, denominator, target, newStatus, exceeded,
                inPeriod, newReason, components);
    }

    /** The same result with a note that explains the figure. */
    public IndicatorResult withNote(LocalizedText note) {
        return new IndicatorResult(code, year, measure, value, numerator, denominator, target, status, exceeded,
                inPeriod, note, components);
    }
}
