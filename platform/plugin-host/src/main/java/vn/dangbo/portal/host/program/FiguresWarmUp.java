package vn.dangbo.portal.host.program;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dangbo.portal.host.config.WarmUpSettings;
import vn.dangbo.portal.host.program.FiguresCache.Stamp;

/**
 * Computes in the background, into the {@link FiguresCache}, the figures the pages open with, so that
 * the first reader after start-up and after a change finds them kept instead of waiting for the plugin
 * and the database: for last year (the year the pages open on, js/layout.js), every enabled program's
 * common figures (the home page), then its indicators and its page sections (its province page).
 *
 * <p>One poller on a managed scheduled executor looks at the cache's stamp a few times a second; once
 * the stamp (data version, programs, day) has stayed the same for the quiet period, it warms up once for
 * that stamp, through the same single-flight path as readers (a reader arriving meanwhile joins the
 * computation). It never competes with readers for a plugin: a program with a call in flight is
 * skipped (its readers fill the cache; a hung plugin keeps its permits, not one more). A plugin that
 * fails is logged once for the stamp and left to the readers, who get the usual failure reason. A stamp
 * that moves during the warm-up ends it; the next quiet period warms up again.
 */
@Singleton
@Startup
@DependsOn("ProgramRegistry")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedScheduledExecutorDefinition(name = FiguresWarmUp.EXECUTOR, maxAsync = 1, hungTaskThreshold = 300_000)
public class FiguresWarmUp {

    static final String EXECUTOR = "java:app/concurrent/PortalFiguresWarmUp";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(FiguresWarmUp.class.getName());

    @Resource(lookup = EXECUTOR)
    private ManagedScheduledExecutorService executor;
    @EJB
    private FiguresCache cache;
    @EJB
    private ProgramRegistry registry;
    @EJB
    private BoundedCalls calls;
    @EJB
    private ProgramFigures programFigures;
    @EJB
    private CommonFigures commonFigures;

    private final AtomicLong runs = new AtomicLong();
    private volatile boolean stopping;
    private volatile ScheduledFuture<?> polling;
    private WarmUpTrigger trigger;
    private Set<String> failedLastTime = Set.of();
    private String lastFailure;

    /** One kind of figures the pages open with: computes it and says why it failed, or null. */
    private record Kind(String name, Function<ProgramHandle, String> failure) {
    }

    @PostConstruct
    void start() {
        WarmUpSettings settings = WarmUpSettings.fromEnvironment();
        if (!settings.enabled()) {
            LOG.info("Figures warm-up is off (portal.figures.warm-up): the first reader computes");
            return;
        }
        trigger = new WarmUpTrigger(settings.quiet());
        // Fixed delay: a poll (and the warm-up it may run) never overlaps the next one.
        polling = executor.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Figures warm-up on, after " + settings.quiet().toMillis() + " ms without changes");
    }

    @PreDestroy
    void stop() {
        stopping = true;
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(true);
        }
    }

    /** How many warm-ups have run to their end (for diagnostics and tests). */
    public long runs() {
        return runs.get();
    }

    private void poll() {
        if (stopping) {
            return;
        }
        Stamp now = null;
        boolean due = false;
        try {
            now = cache.stamp();
            due = trigger.due(now, System.nanoTime());
            if (due) {
                warm(now);
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: nothing may escape. The same failure
            // at every poll (the application stopping, say) is logged once.
            String what = e.toString();
            if (!stopping && !what.equals(lastFailure)) {
                lastFailure = what;
                LOG.log(Level.WARNING, "Figures warm-up failed; the readers compute", e);
            }
        } finally {
            if (due) {
                trigger.warmed(now); // done or given up: not again for this stamp
            }
        }
    }

    private void warm(Stamp stamp) {
        int year = stamp.day().getYear() - 1;
        // Those that failed last time last: a hanging plugin's time-out does not hold up the others.
        Set<String> failedBefore = Set.copyOf(failedLastTime);
        List<ProgramHandle> programs = registry.programs().stream()
                .sorted(Comparator.comparing((ProgramHandle h) -> failedBefore.contains(h.code()))
                        .thenComparing(ProgramHandle::code))
                .toList();
        Kind common = new Kind(CommonFigures.COMMON, handle -> {
            CommonEvaluation e = commonFigures.of(handle, year);
            return e.failure() != null ? e.failure() : e.targetsFailure();
        });
        Kind evaluation = new Kind(ProgramFigures.EVALUATION, handle -> {
            ProgramEvaluation e = programFigures.evaluation(handle, year);
            return e.definitionsFailure() != null ? e.definitionsFailure() : e.resultsFailure();
        });
        Kind sections = new Kind(ProgramFigures.SECTIONS, handle -> programFigures.sections(handle, year).failure());
        // First the home page (every program's common figures), then each province page.
        List<List<Kind>> pages = List.of(List.of(common), List.of(evaluation, sections));
        Set<String> leftToReaders = new HashSet<>();
        long began = System.nanoTime();
        for (List<Kind> page : pages) {
            for (ProgramHandle handle : programs) {
                for (Kind kind : page) {
                    if (stopping || !cache.stamp().equals(stamp)) {
                        return; // moved: the next quiet period warms up again
                    }
                    if (!leftToReaders.contains(handle.code())) {
                        warm(kind, handle, year, stamp, leftToReaders);
                    }
                }
            }
        }
        failedLastTime = leftToReaders;
        runs.incrementAndGet();
        LOG.fine(() -> "Figures warmed up for " + year + " in " + (System.nanoTime() - began) / 1_000_000 + " ms: "
                + programs.size() + " programs, " + leftToReaders.size() + " left to readers");
    }

    /** Computes one kind of figures of one program, unless it is busy; a failure leaves it to the readers. */
    private void warm(Kind kind, ProgramHandle handle, int year, Stamp stamp, Set<String> leftToReaders) {
        if (calls.inFlight(handle.code()) > 0) {
            // Busy: its readers are computing, or it hangs. Take none of its permits.
            leftToReaders.add(handle.code());
            LOG.fine(() -> "Figures warm-up skips " + handle.code() + ": calls to it are under way");
            return;
        }
        String failure = failureOf(kind, handle);
        if (failure != null && cache.stamp().equals(stamp)) {
            leftToReaders.add(handle.code());
            LOG.warning(() -> "Figures warm-up: " + kind.name() + " of " + handle.code() + " for " + year
                    + " failed, left to the readers: " + failure);
        }
    }

    /** What the figures of this kind failed with (the plugin's failure, or an exception), or null. */
    private static String failureOf(Kind kind, ProgramHandle handle) {
        try {
            return kind.failure().apply(handle);
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
