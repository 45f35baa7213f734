package vn.dangbo.portal.host.program;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.dangbo.portal.core.freshness.DataVersion;

/**
 * Results computed from the data for a program and a year (its indicators, the common figures, its
 * page sections), kept while nothing they depend on has changed:
 * <ul>
 * <li>the data: each result carries the {@link DataVersion} read <em>before</em> it was computed, and is
 * served only while the version is still that one (any committed write moves it);</li>
 * <li>the program: its module (a new {@link ProgramHandle} when a bundle is installed, updated, enabled or
 * disabled), its settings (changed here and, once the program has applied them, announced by its
 * service's new properties): both move the programs' generation, which every result carries too;</li>
 * <li>the day: a figure "as of today" is recomputed the next day.</li>
 * </ul>
 * A result the plugin failed to give (threw, timed out) is never kept, nor one whose stamp moved while it
 * was computed. Readers that miss the same key under the same stamp share one computation (single
 * flight): the first computes, the others wait for its result, so a burst of readers after a write (or a
 * reader arriving while {@link FiguresWarmUp} computes) calls the plugin once and takes one of its
 * bulkhead's permits, not one each.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FiguresCache {

    /** What a result is: the program that gave it, which kind of result, for which year. */
    record Key(ProgramHandle handle, String kind, int year) {
    }

    /** What a result was computed from: equal stamps mean nothing it depends on has changed. */
    public record Stamp(long data, long programs, LocalDate day) {
    }

    private record Entry(Stamp stamp, Object value) {
    }

    /** A computation under way for a key, and the stamp it was started under. */
    private record Flight(Stamp stamp, CompletableFuture<Object> result) {
    }

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, Flight> flights = new ConcurrentHashMap<>();
    private final AtomicLong programs = new AtomicLong();
    private final AtomicLong computations = new AtomicLong();

    @EJB
    private DataVersion data;

    /** For the container. */
    public FiguresCache() {
    }

    /** Outside the container: unit tests. */
    FiguresCache(DataVersion data) {
        this.data = data;
    }

    /**
     * The result for the key: the kept one if it is still current; else the one being computed under the
     * same stamp, waited for; else computed now (and kept when {@code keep} accepts it, i.e. when the
     * plugin did not fail, and nothing moved meanwhile).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(ProgramHandle handle, String kind, int year, Supplier<T> compute, Predicate<T> keep) {
        Key key = new Key(handle, kind, year);
        Stamp now = stamp();
        Entry entry = entries.get(key);
        if (entry != null && entry.stamp().equals(now)) {
            return (T) entry.value();
        }
        Flight mine = new Flight(now, new CompletableFuture<>());
        // A flight under an older stamp is left to its own readers: this reader needs newer data.
        Flight flight = flights.compute(key, (k, running) -> running != null && running.stamp().equals(now)
                ? running : mine);
        if (flight != mine) {
            return (T) await(flight);
        }
        try {
            Entry kept = entries.get(key);
            if (kept != null && kept.stamp().equals(now)) {
                // kept by a computation that ended between the first look and this flight's start
                mine.result().complete(kept.value());
                return (T) kept.value();
            }
            computations.incrementAndGet();
            T value = compute.get();
            if (keep.test(value) && stamp().equals(now)) {
                entries.put(key, new Entry(now, value));
            }
            mine.result().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(key, mine);
        }
    }

    /** Whether a current result is kept for the key (the warm-up's check that a figure is warm). */
    public boolean holds(ProgramHandle handle, String kind, int year) {
        Entry entry = entries.get(new Key(handle, kind, year));
        return entry != null && entry.stamp().equals(stamp());
    }

    /** A program came, went, or changed its settings: nothing kept so far is served again. */
    public void programsChanged() {
        programs.incrementAndGet();
        entries.clear();
    }

    /** How many results are kept (for diagnostics and tests). */
    public int size() {
        return entries.size();
    }

    /** How many results have been computed, by readers and the warm-up (for diagnostics and tests). */
    public long computations() {
        return computations.get();
    }

    /**
     * What a result computed now would be computed from. The generation and the data version are read
     * before computing: a change during the computation leaves the result with an old stamp, so it is
     * not served.
     */
    public Stamp stamp() {
        return new Stamp(data.current(), programs.get(), LocalDate.now());
    }

    /** The result of another reader's computation; its failure is this reader's failure. */
    private static Object await(Flight flight) {
        try {
            return flight.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for figures being computed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }
}
