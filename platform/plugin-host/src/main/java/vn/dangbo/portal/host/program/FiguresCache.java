package vn.dangbo.portal.host.program;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
 * A result the plugin failed to give (threw, timed out) is never kept. Two readers that miss at the
 * same time both compute; the second result simply replaces the first.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FiguresCache {

    /** What a result is: the program that gave it, which kind of result, for which year. */
    record Key(ProgramHandle handle, String kind, int year) {
    }

    /** What a result was computed from. */
    record Stamp(long data, long programs, LocalDate day) {
    }

    private record Entry(Stamp stamp, Object value) {
    }

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong programs = new AtomicLong();

    @EJB
    private DataVersion data;

    /**
     * The result for the key: the kept one if it is still current, otherwise computed now (and kept
     * when {@code keep} accepts it, i.e. when the plugin did not fail).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(ProgramHandle handle, String kind, int year, Supplier<T> compute, Predicate<T> keep) {
        Key key = new Key(handle, kind, year);
        Stamp now = stamp();
        Entry entry = entries.get(key);
        if (entry != null && entry.stamp().equals(now)) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (keep.test(value)) {
            entries.put(key, new Entry(now, value));
        }
        return value;
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

    private Stamp stamp() {
        // The generation and the data version are read before computing: a change during the
        // computation leaves the result with an old stamp, so it is not served.
        return new Stamp(data.current(), programs.get(), LocalDate.now());
    }
}
