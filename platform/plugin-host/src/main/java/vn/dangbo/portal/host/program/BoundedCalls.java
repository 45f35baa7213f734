package vn.dangbo.portal.host.program;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import vn.dangbo.portal.host.config.HostSettings;

/**
 * Calls into plugins with a time limit, a bulkhead per plugin and every failure contained. A call
 * runs on the platform's managed executor for plugins; the caller waits with
 * {@code Future.get(timeout)} and on time-out cancels the task with an interrupt, so a plugin that
 * honours interrupts frees its thread. (Not {@code CompletableFuture.orTimeout}: it never interrupts
 * the plugin, and its JDK scheduler thread would pin this application's class loader.) A plugin
 * that hangs keeps at most its own bulkhead's permits: the others are still served.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ManagedExecutorDefinition(name = BoundedCalls.EXECUTOR, maxAsync = 32, hungTaskThreshold = 60_000)
public class BoundedCalls {

    static final String EXECUTOR = "java:app/concurrent/PortalPluginCalls";
    private static final Logger LOG = Logger.getLogger(BoundedCalls.class.getName());

    /** The managed executor of plugin calls (a {@link ManagedExecutorService} in the container). */
    @Resource(lookup = EXECUTOR)
    private ExecutorService executor;

    private final ConcurrentMap<String, Semaphore> bulkheads = new ConcurrentHashMap<>();
    private volatile Duration timeout;
    private volatile int permits;

    /** For the container. */
    public BoundedCalls() {
    }

    /** Outside the container: plain unit tests and the benchmark. */
    public BoundedCalls(ExecutorService executor, Duration timeout, int permits) {
        this.executor = executor;
        this.timeout = timeout;
        this.permits = permits;
    }

    @PostConstruct
    void configure() {
        HostSettings settings = HostSettings.fromEnvironment();
        timeout = settings.callTimeout();
        permits = Math.max(1, settings.maxCallsPerPlugin());
    }

    /** The time limit of one call. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code task} for the plugin {@code plugin}; {@code what} names the call in failure reasons.
     * Never throws: whatever the plugin does becomes the outcome.
     */
    public <T> CallOutcome<T> call(String plugin, String what, Callable<T> task) {
        long began = System.nanoTime();
        Semaphore bulkhead = bulkheads.computeIfAbsent(plugin, key -> new Semaphore(permits));
        if (!bulkhead.tryAcquire()) {
            return CallOutcome.failed(what + ": too many calls to this plugin are still running (" + permits
                    + " at most); it may be hanging", elapsed(began));
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
                try {
                    return task.call();
                } finally {
                    // The permit is returned when the plugin's code really ends, not when the caller
                    // gives up: a hung call keeps holding it.
                    bulkhead.release();
                }
            });
        } catch (RejectedExecutionException e) {
            bulkhead.release();
            return CallOutcome.failed(what + ": the platform has no thread free for plugin calls", elapsed(began));
        }
        try {
            return CallOutcome.success(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS), elapsed(began));
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warning(() -> "Plugin " + plugin + ": " + what + " took longer than " + timeout.toMillis()
                    + " ms and was cancelled");
            return CallOutcome.failed(what + ": no answer within " + timeout.toMillis() + " ms", elapsed(began));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warning(() -> "Plugin " + plugin + ": " + what + " failed: " + cause);
            return CallOutcome.failed(what + " failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), elapsed(began));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return CallOutcome.failed(what + ": interrupted", elapsed(began));
        }
    }

    /** Calls in flight per plugin, for the admin API. */
    public int inFlight(String plugin) {
        Semaphore bulkhead = bulkheads.get(plugin);
        return bulkhead == null ? 0 : permits - bulkhead.availablePermits();
    }

    private static long elapsed(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }
}
