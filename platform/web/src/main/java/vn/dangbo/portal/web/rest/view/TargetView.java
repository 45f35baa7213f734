package vn.dangbo.portal.web.rest.view;

import java.math.BigDecimal;
import java.util.List;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * A target as the pages show it.
 *
 * @param kind   AT_LEAST, MORE_THAN, BETWEEN, RISING, TREND_DOWN or TRACKED
 * @param text   its description ("≥ 60,44 %", "từ 3 % đến 4 %")
 * @param values its numbers (one, two for a range, none for a trend or a tracked figure)
 */
public record TargetView(String kind, LocalizedText text, List<BigDecimal> values) {

    public static TargetView of(Target target, Measure measure) {
        if (target == null) {
            target = new Target.Tracked();
        }
        LocalizedText text = target.describe(measure);
        if (target instanceof Target.AtLeast atLeast) {
            return new TargetView("AT_LEAST", text, List.of(atLeast.value()));
        }
        if (target instanceof Target.MoreThan moreThan) {
            return new TargetView("MORE_THAN", text, List.of(moreThan.value()));
        }
        if (target instanceof Target.Between between) {
            return new TargetView("BETWEEN", text, List.of(between.low(), between.high()));
        }
        if (target instanceof Target.Rising) {
            return new TargetView("RISING", text, List.of());
        }
        if (target instanceof Target.TrendDown) {
            return new TargetView("TREND_DOWN", text, List.of());
        }
        return new TargetView("TRACKED", text, List.of());
    }
}
