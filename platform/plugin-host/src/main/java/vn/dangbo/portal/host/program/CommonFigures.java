package vn.dangbo.portal.host.program;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.core.consolidated.CommonIndicatorCalculator;
import vn.dangbo.portal.core.evaluation.EvaluationContextService;

/**
 * The consolidated view's figures: the platform computes the common indicators itself on each enabled
 * program's territory; only the program's own targets (and its territory) come from the plugin,
 * through bounded calls. A plugin that fails to give its targets still gets its figures, tracked.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommonFigures {

    static final String COMMON = "common";

    private static final Logger LOG = Logger.getLogger(CommonFigures.class.getName());

    @EJB
    private ProvincePrograms programs;
    @EJB
    private BoundedCalls calls;
    @EJB
    private EvaluationContextService contexts;
    @EJB
    private FiguresCache cache;
    @Resource
    private ManagedExecutorService executor;

    private final CommonIndicatorCalculator calculator = new CommonIndicatorCalculator();

    /**
     * Every enabled program's common figures for the year, in program-code order. The programs not
     * yet computed for this data are computed side by side: each waits mostly on its own database
     * queries, so the consolidated view costs about the slowest province, not the sum of them.
     */
    public List<CommonEvaluation> all(int year) {
        List<CompletableFuture<CommonEvaluation>> figures = programs.enabled().stream()
                .map(handle -> CompletableFuture.supplyAsync(() -> of(handle, year), executor)).toList();
        return figures.stream().map(CompletableFuture::join).toList();
    }

    /** One program's common figures for the year, kept while its data, module and settings stay the same. */
    public CommonEvaluation of(ProgramHandle handle, int year) {
        return cache.get(handle, COMMON, year, () -> compute(handle, year),
                e -> e.failure() == null && e.targetsFailure() == null);
    }

    private CommonEvaluation compute(ProgramHandle handle, int year) {
        CallOutcome<Map<CommonIndicator, Target>> targets = calls.call(handle.code(), "ownTargets()",
                () -> handle.program().ownTargets());
        Territory territory = programs.territoryOf(handle);
        try {
            List<IndicatorResult> results = calculator.calculate(contexts.create(territory, year),
                    targets.succeeded() ? targets.value() : Map.of());
            return new CommonEvaluation(handle.code(), year, handle.identity(), territory, results,
                    targets.failure(), null);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Common indicators of " + handle.code() + " for " + year + " failed: " + e);
            return new CommonEvaluation(handle.code(), year, handle.identity(), territory, List.of(),
                    targets.failure(), "The common indicators could not be computed: " + e.getMessage());
        }
    }
}
