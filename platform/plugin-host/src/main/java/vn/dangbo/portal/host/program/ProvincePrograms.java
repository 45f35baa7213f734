package vn.dangbo.portal.host.program;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.core.evaluation.EvaluationContextService;

/**
 * The programs of enabled plugins, for the province pages: every call into a plugin is bounded
 * ({@link BoundedCalls}), so one plugin's failure is one section's failure reason.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProvincePrograms {

    @EJB
    private ProgramRegistry registry;
    @EJB
    private BoundedCalls calls;
    @EJB
    private EvaluationContextService contexts;
    @EJB
    private ProgramFigures figures;

    /** Programs of enabled plugins, by code. */
    public List<ProgramHandle> enabled() {
        return registry.programs().stream().sorted(Comparator.comparing(ProgramHandle::code)).toList();
    }

    public Optional<ProgramHandle> program(String code) {
        return registry.program(code);
    }

    @Inject
    private CurrentUser currentUser;

    /** A program's figures for a year, for a caller who may see its province's figures. */
    public Optional<ProgramEvaluation> evaluate(String code, int year) {
        return registry.program(code).map(handle -> evaluate(handle, year));
    }

    /**
     * A program's figures for a year, for a caller who may see its province's figures; kept while its
     * data, module and settings stay the same.
     */
    public ProgramEvaluation evaluate(ProgramHandle handle, int year) {
        currentUser.requireFiguresOf(handle.identity().provinceCode());
        return figures.evaluation(handle, year);
    }

    /** The organisations that explain one indicator's figure for a year, through a bounded call. */
    public CallOutcome<List<DrillDownRow>> drillDown(ProgramHandle handle, String indicatorCode, int year) {
        currentUser.requireFiguresOf(handle.identity().provinceCode());
        EvaluationContext context = contexts.create(territoryOf(handle), year);
        return calls.call(handle.code(), "drillDown(" + indicatorCode + ", " + year + ")",
                () -> handle.program().drillDown(indicatorCode, context));
    }

    /** The program's own page sections for a year, through a bounded call, kept like its figures. */
    public CallOutcome<List<PageSection>> sections(ProgramHandle handle, int year) {
        currentUser.requireFiguresOf(handle.identity().provinceCode());
        return figures.sections(handle, year);
    }

    /** The settings in force (which reading the program applies), through a bounded call. */
    public CallOutcome<List<Reading>> readings(ProgramHandle handle) {
        return calls.call(handle.code(), "readingsInForce()", () -> handle.program().readingsInForce());
    }

    /** The territory the program asks for under its settings, never another province's. */
    public Territory territoryOf(ProgramHandle handle) {
        return figures.territoryOf(handle);
    }
}
