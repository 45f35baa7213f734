package vn.dangbo.portal.host.program;

import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.program.ProgramIdentity;

/**
 * A program's indicators for a year as the platform could get them: a part the plugin failed to
 * give (threw, hung) is empty and its failure says why, so a page shows the rest.
 *
 * @param code               the program's code
 * @param year               the year evaluated
 * @param identity           the program's identity
 * @param definitions        its indicators, empty when {@code definitionsFailure} is set
 * @param definitionsFailure why the definitions could not be had, null when they were
 * @param results            its results, empty when {@code resultsFailure} is set
 * @param resultsFailure     why the results could not be had, null when they were
 */
public record ProgramEvaluation(String code, int year, ProgramIdentity identity, List<IndicatorDefinition> definitions,
        String definitionsFailure, List<IndicatorResult> results, String resultsFailure) {

    public ProgramEvaluation {
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
        results = results == null ? List.of() : List.copyOf(results);
    }
}
