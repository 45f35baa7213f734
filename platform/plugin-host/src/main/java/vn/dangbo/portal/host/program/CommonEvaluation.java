package vn.dangbo.portal.host.program;

import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.ProgramIdentity;

/**
 * The common indicators of one program's territory for a year, as the platform computed them, with
 * the program's own targets where it gave them.
 *
 * @param code           the program's code
 * @param year           the year evaluated
 * @param identity       the program's identity
 * @param territory      the territory counted (the program's, under its settings)
 * @param results        one result per common indicator, in their order; empty when {@code failure} is set
 * @param targetsFailure why the program's own targets could not be had (every figure then tracked), or null
 * @param failure        why the figures could not be computed, or null
 */
public record CommonEvaluation(String code, int year, ProgramIdentity identity, Territory territory,
        List<IndicatorResult> results, String targetsFailure, String failure) {

    public CommonEvaluation {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
