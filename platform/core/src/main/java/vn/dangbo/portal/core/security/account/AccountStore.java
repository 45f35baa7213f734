package vn.dangbo.portal.core.security.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.dangbo.portal.core.territory.ProvinceEntity;

/**
 * Reads and writes accounts without asking who calls: used by {@link AccountService} (which checks
 * the caller first), by start-up seeding and by the sign-in filter. Never expose it to a resource.
 * Every change moves the {@link AccountGeneration} on commit: sessions read their account again then.
 */
@Stateless
public class AccountStore {

    private static final BcryptPasswords PASSWORDS = new BcryptPasswords();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AccountGeneration generation;

    private final Clock clock = Clock.systemUTC();

    public Optional<Account> find(String username) {
        return Optional.ofNullable(username).map(u -> em.find(AccountEntity.class, u)).map(AccountEntity::toAccount);
    }

    public List<Account> list() {
        return em.createQuery("SELECT a FROM AccountEntity a ORDER BY a.username", AccountEntity.class)
                .getResultList().stream().map(AccountEntity::toAccount).toList();
    }

    public boolean anyEnabledWith(vn.dangbo.portal.core.security.Role role) {
        return list().stream().anyMatch(a -> a.enabled() && a.roles().contains(role));
    }

    public Account create(NewAccount account) {
        AccountRules.check(account, account.province() != null
                && em.find(ProvinceEntity.class, account.province()) != null);
        if (em.find(AccountEntity.class, account.username()) != null) {
            throw new InvalidAccountException("username", "'" + account.username() + "' is already taken");
        }
        Instant now = clock.instant();
        AccountEntity entity = new AccountEntity(account.username(), account.displayName().strip(), account.roles(),
                account.province(), now);
        entity.setPassword(PASSWORDS.hash(account.password()), now);
        em.persist(entity);
        generation.changesOnCommit();
        return entity.toAccount();
    }

    public Account disable(String username) {
        AccountEntity entity = existing(username);
        entity.disable();
        generation.changesOnCommit();
        return entity.toAccount();
    }

    public Account resetPassword(String username, String newPassword) {
        AccountEntity entity = existing(username);
        entity.setPassword(PASSWORDS.hash(newPassword), clock.instant());
        generation.changesOnCommit();
        return entity.toAccount();
    }

    private AccountEntity existing(String username) {
        AccountEntity entity = username == null ? null : em.find(AccountEntity.class, username);
        if (entity == null) {
            throw new UnknownAccountException(username);
        }
        return entity;
    }
}
