package vn.dangbo.portal.program.support;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * A share of items (organisations, areas, units, moves) that meet a condition: the numerator counts
 * those that do, the denominator all of them. Its drill-down lists every item, those that fail first.
 *
 * @param <T> the items
 */
public final class Tally<T> {

    private final List<T> items;
    private final Predicate<T> counted;

    private Tally(List<T> items, Predicate<T> counted) {
        this.items = List.copyOf(items);
        this.counted = counted;
    }

    public static <T> Tally<T> of(List<T> items, Predicate<T> counted) {
        return new Tally<>(items, counted);
    }

    public List<T> items() {
        return items;
    }

    public long numerator() {
        return items.stream().filter(counted).count();
    }

    public long denominator() {
        return items.size();
    }

    public boolean counts(T item) {
        return counted.test(item);
    }

    /** The exact percentage, null when there are no items. */
    public BigDecimal percent() {
        return items.isEmpty() ? null : Numbers.percent(numerator(), denominator());
    }

    /** The share judged against a target (not enough data when there are no items). */
    public IndicatorResult result(IndicatorDefinition definition, int year, Target target, BigDecimal previous,
            RangePolicy policy) {
        return IndicatorResult.ratio(definition, year, numerator(), denominator(), target, previous, policy);
    }

    /** One row per item, failing items first, then by name in Vietnamese order. */
    public List<DrillDownRow> rows(Function<T, Long> id, Function<T, String> label, Function<T, LocalizedText> whyNot) {
        return items.stream()
                .sorted(Comparator.comparing((T item) -> counted.test(item)).thenComparing(label, Names.vietnamese()))
                .map(item -> Rows.item(id.apply(item), label.apply(item), counted.test(item), whyNot.apply(item)))
                .toList();
    }
}
