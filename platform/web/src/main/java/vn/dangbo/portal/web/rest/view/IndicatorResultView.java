package vn.dangbo.portal.web.rest.view;

import java.math.BigDecimal;
import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * An indicator's figure for a year as the pages show it: never a bare percentage.
 *
 * @param code        indicator code
 * @param year        the year
 * @param measure     PERCENT, COUNT or AVERAGE
 * @param value       the value (two decimals), null when there is not enough data
 * @param numerator   numerator (the count for a count), may be null
 * @param denominator denominator, null for counts
 * @param target      the target applied
 * @param status      MET, NOT_MET, NOT_ENOUGH_DATA or TRACKED
 * @param statusLabel the status in Vietnamese and English
 * @param exceeded    above the target's range (vượt)
 * @param inPeriod    whether the year lies inside the program's period for it
 * @param reason      why there is not enough data, or a note; may be null
 * @param components  the parts of a composite figure
 */
public record IndicatorResultView(String code, int year, Measure measure, BigDecimal value, Long numerator,
        Long denominator, TargetView target, Status status, LocalizedText statusLabel, boolean exceeded,
        boolean inPeriod, LocalizedText reason, List<IndicatorResultView> components) {

    public static IndicatorResultView of(IndicatorResult r) {
        return new IndicatorResultView(r.code(), r.year(), r.measure(), r.value(), r.numerator(), r.denominator(),
                TargetView.of(r.target(), r.measure()), r.status(), r.status().label(), r.exceeded(), r.inPeriod(),
                r.reason(), r.components().stream().map(IndicatorResultView::of).toList());
    }

    public static List<IndicatorResultView> of(List<IndicatorResult> results) {
        return results.stream().map(IndicatorResultView::of).toList();
    }
}
