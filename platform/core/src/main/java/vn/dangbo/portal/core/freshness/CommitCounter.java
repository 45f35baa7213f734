package vn.dangbo.portal.core.freshness;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves after a transaction that changed what it stands for has committed: what was read
 * under the old number is then known to be old. It moves <em>after</em> the commit, never before: a
 * reader that read the old number and then the new data only reads once more, whereas a number moved
 * before the commit could be read with the old data and then look current. A rollback moves nothing.
 */
public final class CommitCounter {

    /** Marks a transaction that already moves this counter on commit (one hook per transaction). */
    private final Object hooked = new Object();
    private final AtomicLong value;

    /** @param start the first value (a counter that must not match values of an earlier run starts at random) */
    public CommitCounter(long start) {
        value = new AtomicLong(start);
    }

    public long current() {
        return value.get();
    }

    /** The change is already committed (or was made outside any transaction): moves now. */
    public void moved() {
        value.incrementAndGet();
    }

    /**
     * The current transaction changes what the counter stands for: it moves when the transaction
     * commits, or at once when there is no transaction. Cheap to call for every write.
     */
    public void movesOnCommit(TransactionSynchronizationRegistry transactions) {
        if (transactions.getTransactionKey() == null) {
            moved();
            return;
        }
        if (transactions.getResource(hooked) != null) {
            return;
        }
        transactions.putResource(hooked, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: only a commit changes what readers see
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    moved();
                }
            }
        });
    }
}
