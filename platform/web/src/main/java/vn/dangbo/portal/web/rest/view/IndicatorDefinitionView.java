package vn.dangbo.portal.web.rest.view;

import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.model.LocalizedText;

/** An indicator's definition as the pages show it (see {@link IndicatorDefinition}). */
public record IndicatorDefinitionView(String code, LocalizedText name, LocalizedText formula, Measure measure,
        TargetView target, PeriodKind period, int firstYear, int lastYear, String source) {

    public static IndicatorDefinitionView of(IndicatorDefinition d) {
        return new IndicatorDefinitionView(d.code(), d.name(), d.formula(), d.measure(),
                TargetView.of(d.target(), d.measure()), d.period(), d.firstYear(), d.lastYear(), d.source());
    }

    public static List<IndicatorDefinitionView> of(List<IndicatorDefinition> definitions) {
        return definitions.stream().map(IndicatorDefinitionView::of).toList();
    }
}
