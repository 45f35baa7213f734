package vn.dangbo.portal.host.program;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.core.evaluation.EvaluationContextService;

/**
 * A program's own figures for a year (its indicators and its page sections), computed through bounded
 * calls and kept in the {@link FiguresCache}. Checks no caller: {@link ProvincePrograms} does that for
 * readers, and {@link FiguresWarmUp} computes for no one in particular.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProgramFigures {

    static final String EVALUATION = "evaluate";
    static final String SECTIONS = "sections";

    @EJB
    private BoundedCalls calls;
    @EJB
    private EvaluationContextService contexts;
    @EJB
    private FiguresCache cache;

    /** Definitions and results of a program for a year, kept while its data, module and settings stay the same. */
    public ProgramEvaluation evaluation(ProgramHandle handle, int year) {
        return cache.get(handle, EVALUATION, year, () -> evaluateNow(handle, year),
                e -> e.definitionsFailure() == null && e.resultsFailure() == null);
    }

    /** The program's own page sections for a year, kept like its results. */
    public CallOutcome<List<PageSection>> sections(ProgramHandle handle, int year) {
        return cache.get(handle, SECTIONS, year, () -> sectionsNow(handle, year), CallOutcome::succeeded);
    }

    /**
     * The territory the program asks for under its settings (former or merged province), but never
     * another province's: a plugin that names another province, or fails to answer, gets its own
     * former province.
     */
    public Territory territoryOf(ProgramHandle handle) {
        String province = handle.identity().provinceCode();
        CallOutcome<Territory> asked = calls.call(handle.code(), "territory()", () -> handle.program().territory());
        Territory territory = asked.value();
        if (territory == null || !province.equals(territory.provinceCode())) {
            return Territory.formerProvince(province);
        }
        return territory;
    }

    private ProgramEvaluation evaluateNow(ProgramHandle handle, int year) {
        CallOutcome<List<IndicatorDefinition>> definitions = calls.call(handle.code(), "indicators()",
                () -> handle.program().indicators());
        EvaluationContext context = contexts.create(territoryOf(handle), year);
        CallOutcome<List<IndicatorResult>> results = calls.call(handle.code(), "evaluate(" + year + ")",
                () -> handle.program().evaluate(context));
        return new ProgramEvaluation(handle.code(), year, handle.identity(), definitions.value(), definitions.failure(),
                results.value(), results.failure());
    }

    private CallOutcome<List<PageSection>> sectionsNow(ProgramHandle handle, int year) {
        EvaluationContext context = contexts.create(territoryOf(handle), year);
        return calls.call(handle.code(), "sections(" + year + ")", () -> handle.program().sections(context));
    }
}
