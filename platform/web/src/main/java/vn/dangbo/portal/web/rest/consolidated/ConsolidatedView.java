package vn.dangbo.portal.web.rest.consolidated;

import java.util.Arrays;
import java.util.List;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.web.rest.view.IndicatorResultView;

/**
 * The consolidated page's data: every enabled province program side by side on the common indicators.
 *
 * @param year       the year
 * @param indicators the common indicators, in the order of every province's results
 * @param provinces  one column per enabled program, in program-code order
 */
public record ConsolidatedView(int year, List<Indicator> indicators, List<Province> provinces) {

    /** A common indicator's heading. */
    public record Indicator(String code, LocalizedText name, Measure measure) {

        public static List<Indicator> all() {
            return Arrays.stream(CommonIndicator.values())
                    .map(i -> new Indicator(i.name(), i.displayName(), i.measure())).toList();
        }
    }

    /**
     * One program's column.
     *
     * @param code           the program's code (the province page's {@code code})
     * @param provinceCode   its province
     * @param provinceName   the province's name
     * @param issuingBody    who issued the program
     * @param document       the program's document
     * @param territory      which records were counted (former or merged province)
     * @param results        one figure per common indicator, each with the province's own target
     * @param targetsFailure why the program's own targets could not be had, or null
     * @param failure        why the figures could not be computed, or null
     */
    public record Province(String code, String provinceCode, LocalizedText provinceName, LocalizedText issuingBody,
            LocalizedText document, Territory.Mode territory, List<IndicatorResultView> results,
            String targetsFailure, String failure) {
    }
}
