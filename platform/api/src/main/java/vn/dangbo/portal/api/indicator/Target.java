package vn.dangbo.portal.api.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * The target of an indicator, of the kinds the programs use. Values are in the indicator's measure
 * (percent points for shares). {@link #assess} applies programs.md's status rules.
 */
public sealed interface Target {

    /** Judges a value; {@code previous} is last year's value of the same figure (null when none). */
    Assessment assess(BigDecimal value, BigDecimal previous, Measure measure, RangePolicy policy);

    /** A short human description, for example "≥ 60,44 %" or "từ 3 % đến 4 %". */
    LocalizedText describe(Measure measure);

    /** "≥ value", also "100 %" (at least 100) and "keep 100 %". */
    record AtLeast(BigDecimal value) implements Target {
        public AtLeast {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Assessment assess(BigDecimal v, BigDecimal previous, Measure measure, RangePolicy policy) {
            return Assessment.of(v.compareTo(value) >= 0 ? Status.MET : Status.NOT_MET);
        }

        @Override
        public LocalizedText describe(Measure measure) {
            String text = "≥ " + Numbers.format(value, measure);
            return LocalizedText.of(text, text);
        }
    }

    /** "> value", strict: 9 of 10 is not more than 90 %. */
    record MoreThan(BigDecimal value) implements Target {
        public MoreThan {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Assessment assess(BigDecimal v, BigDecimal previous, Measure measure, RangePolicy policy) {
            return Assessment.of(v.compareTo(value) > 0 ? Status.MET : Status.NOT_MET);
        }

        @Override
        public LocalizedText describe(Measure measure) {
            String text = "> " + Numbers.format(value, measure);
            return LocalizedText.of(text, text);
        }
    }

    /** "low to high": met from the low end up; above the range met and exceeded, or not met by policy. */
    record Between(BigDecimal low, BigDecimal high) implements Target {
        public Between {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("low " + low + " above high " + high);
            }
        }

        @Override
        public Assessment assess(BigDecimal v, BigDecimal previous, Measure measure, RangePolicy policy) {
            if (v.compareTo(low) < 0) {
                return Assessment.of(Status.NOT_MET);
            }
            if (v.compareTo(high) > 0) {
                return policy == RangePolicy.ONLY_INSIDE
                        ? new Assessment(Status.NOT_MET, true)
                        : new Assessment(Status.MET, true);
            }
            return Assessment.of(Status.MET);
        }

        @Override
        public LocalizedText describe(Measure measure) {
            return LocalizedText.of("từ " + Numbers.format(low, measure) + " đến " + Numbers.format(high, measure),
                    Numbers.format(low, measure) + " to " + Numbers.format(high, measure));
        }
    }

    /** Higher than last year; equal is not met; 100 % already counts as met. */
    record Rising() implements Target {
        @Override
        public Assessment assess(BigDecimal v, BigDecimal previous, Measure measure, RangePolicy policy) {
            if (measure == Measure.PERCENT && v.compareTo(Numbers.HUNDRED) >= 0) {
                return Assessment.of(Status.MET);
            }
            if (previous == null) {
                return Assessment.of(Status.NOT_ENOUGH_DATA);
            }
            return Assessment.of(v.compareTo(previous) > 0 ? Status.MET : Status.NOT_MET);
        }

        @Override
        public LocalizedText describe(Measure measure) {
            return LocalizedText.of("tăng so với năm trước", "rising year on year");
        }
    }

    /** Lower than last year; equal is not met; 0 already counts as met. */
    record TrendDown() implements Target {
        @Override
        public Assessment assess(BigDecimal v, BigDecimal previous, Measure measure, RangePolicy policy) {
            if (v.signum() == 0) {
                return Assessment.of(Status.MET);
            }
            if (previous == null) {
                return Assessment.of(Status.NOT_ENOUGH_DATA);
            }
            return Assessment.of(v.compareTo(previous) < 0 ? Status.MET : Status.NOT_MET);
        }

        @Override
        public LocalizedText describe(Measure measure) {
            return LocalizedText.of("giảm so với năm trước", "falling year on year");
        }
    }

    /** No target: the figure is followed (theo dõi). */
    record Tracked() implements Target {
        @Override
        public Assessment assess(BigDecimal v, BigDecimal previous, Measure measure, RangePolicy policy) {
            return Assessment.of(Status.TRACKED);
        }

        @Override
        public LocalizedText describe(Measure measure) {
            return LocalizedText.of("theo dõi", "tracked");
        }
    }

    static Target atLeast(String value) {
        return new AtLeast(new BigDecimal(value));
    }

    static Target moreThan(String value) {
        return new MoreThan(new BigDecimal(value));
    }

    static Target between(String low, String high) {
        return new Between(new BigDecimal(low), new BigDecimal(high));
    }

    /** "100 %". */
    static Target full() {
        return new AtLeast(Numbers.HUNDRED);
    }
}
