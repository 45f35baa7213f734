package vn.dangbo.portal.core.security.account;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import vn.dangbo.portal.core.freshness.CommitCounter;

/**
 * The generation of the accounts: one number that moves after every committed change of any account
 * ({@link AccountStore} creates, disables, resets a password). A session keeps its caller together with
 * the generation read <em>before</em> the account was read (CurrentUserFilter) and reads the account
 * again only once the generation has moved: a disabled account is signed out on its very next request,
 * and the other sessions pay one account lookup each after a change, none in between.
 *
 * <p>It starts at a random value, so a session kept across a restart never matches it by chance.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountGeneration {

    private final CommitCounter generation = new CommitCounter(ThreadLocalRandom.current().nextLong());

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The generation now; read it before reading an account. */
    public long current() {
        return generation.current();
    }

    /**
     * The current transaction changes an account: the generation moves once it has committed. For
     * {@link AccountStore} only (public because an EJB's business methods must be).
     */
    public void changesOnCommit() {
        generation.movesOnCommit(transactions);
    }
}
