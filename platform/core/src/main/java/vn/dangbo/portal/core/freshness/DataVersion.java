package vn.dangbo.portal.core.freshness;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The version of the portal's data: it moves when a transaction that wrote to the database commits
 * (found by {@link WriteTracking}), and when a load outside JPA (the demo data, a bulk change over
 * JDBC) says it changed the data. A result tagged with the version read <em>before</em> it was computed
 * is current exactly as long as the version has not moved since.
 *
 * <p>One number for the whole database: a write anywhere makes every cached figure recompute once.
 * Writes are rare next to reads (staff record events, figures are read all day), so this costs a
 * recomputation per write and never serves a figure older than its data.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DataVersion {

    private final CommitCounter version = new CommitCounter(0);

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The version now; read it before computing from the data. */
    public long current() {
        return version.current();
    }

    /** The data changed outside a transaction this class can watch (already committed). */
    public void changed() {
        version.moved();
    }

    /**
     * The current transaction writes: the version moves when it commits, not before (a reader that read
     * the old version and then the new data only recomputes once more). Without a transaction the write
     * is already done, so the version moves at once. Called for every write; hooks the commit once.
     */
    public void changesOnCommit() {
        version.movesOnCommit(transactions);
    }
}
