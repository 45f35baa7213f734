package vn.dangbo.portal.core.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counter moves after a commit, once per transaction, and never before it or on a rollback. */
class CommitCounterTest {

    /** One transaction as the registry shows it to the code running in it. */
    private static final class Transaction {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        TransactionSynchronizationRegistry registry() {
            return (TransactionSynchronizationRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) ->
                            switch (method.getName()) {
                                case "getTransactionKey" -> this;
                                case "getResource" -> resources.get(args[0]);
                                case "putResource" -> resources.put(args[0], args[1]);
                                case "registerInterposedSynchronization" ->
                                        synchronizations.add((Synchronization) args[0]);
                                default -> throw new UnsupportedOperationException(method.getName());
                            });
        }

        void complete(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(status));
        }
    }

    @Test
    void movesOnceAfterTheCommitOfATransactionThatChangedTwice() {
        CommitCounter counter = new CommitCounter(5);
        Transaction transaction = new Transaction();

        counter.movesOnCommit(transaction.registry());
        counter.movesOnCommit(transaction.registry());
        assertThat(counter.current()).as("not before the commit").isEqualTo(5);

        transaction.complete(Status.STATUS_COMMITTED);
        assertThat(counter.current()).isEqualTo(6);
    }

    @Test
    void aRollbackMovesNothing() {
        CommitCounter counter = new CommitCounter(0);
        Transaction transaction = new Transaction();
        counter.movesOnCommit(transaction.registry());
        transaction.complete(Status.STATUS_ROLLEDBACK);
        assertThat(counter.current()).isZero();
    }

    @Test
    void twoCountersInOneTransactionBothMove() {
        CommitCounter data = new CommitCounter(0);
        CommitCounter accounts = new CommitCounter(100);
        Transaction transaction = new Transaction();
        data.movesOnCommit(transaction.registry());
        accounts.movesOnCommit(transaction.registry());
        transaction.complete(Status.STATUS_COMMITTED);
        assertThat(data.current()).isEqualTo(1);
        assertThat(accounts.current()).isEqualTo(101);
    }

    @Test
    void withoutATransactionTheChangeIsDoneAndItMovesAtOnce() {
        CommitCounter counter = new CommitCounter(0);
        TransactionSynchronizationRegistry none = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> null);
        counter.movesOnCommit(none);
        assertThat(counter.current()).isEqualTo(1);
        counter.moved();
        assertThat(counter.current()).isEqualTo(2);
    }
}
