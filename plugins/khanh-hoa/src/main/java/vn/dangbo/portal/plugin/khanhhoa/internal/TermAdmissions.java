package vn.dangbo.portal.plugin.khanhhoa.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Rows;

/**
 * KH-TERM-ADMISSIONS: admissions from 1/1/2021 to 31/12/Y against the straight-line pace
 * 9,351 × (Y − 2020) / 5 (the previous term's total, "đạt và phấn đấu cao hơn nhiệm kỳ trước"); met
 * at or above the pace. After 2025 the pace stays at 9,351; before 2021 it is 0.
 */
final class TermAdmissions implements Indicator {

    static final int TERM_START = 2021;
    static final int TERM_END = 2025;
    static final long PREVIOUS_TERM = 9_351;

    private final IndicatorDefinition definition;

    TermAdmissions(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** The pace for the year: 9,351 × (years of the term elapsed) / 5, exact. */
    static BigDecimal pace(int year) {
        int elapsed = Math.max(0, Math.min(year, TERM_END) - (TERM_START - 1));
        return BigDecimal.valueOf(PREVIOUS_TERM * elapsed).divide(BigDecimal.valueOf(TERM_END - TERM_START + 1),
                MathContext.DECIMAL128);
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        long admitted = context.admissions().count(LocalDate.of(TERM_START, 1, 1), context.yearEnd());
        Target target = new Target.AtLeast(pace(context.year()));
        return IndicatorResult.count(definition, context.year(), admitted, target, null, null)
                .withNote(LocalizedText.of("Tiến độ bình quân đến hết năm: " + Numbers.format(Numbers.shown(
                        pace(context.year())), definition.measure()), "Straight-line pace to the end of the year: "
                        + Numbers.shown(pace(context.year())).toPlainString()));
    }

    /** One row per year of the term so far: the year's admissions against a fifth of 9,351. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        BigDecimal yearly = pace(TERM_START);
        return IntStream.rangeClosed(TERM_START, context.year()).mapToObj(year -> {
            long admitted = context.admissions().count(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            Status status = BigDecimal.valueOf(admitted).compareTo(yearly) >= 0 ? Status.MET : Status.NOT_MET;
            return Rows.count(null, String.valueOf(year), admitted, status, null);
        }).toList();
    }
}
