package vn.dangbo.portal.core.security.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Set;
import java.util.logging.Logger;
import vn.dangbo.portal.core.security.Role;
import vn.dangbo.portal.core.settings.Setting;

/**
 * Accounts made at start-up. In demo mode (PORTAL_DEMO=true) the {@link DemoAccounts} that do not
 * exist yet. In any mode, when PORTAL_ADMIN_PASSWORD is set and no enabled administrator exists,
 * the account {@code admin} with that password: how a production server gets its first
 * administrator (remove the setting once signed in and the password changed).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @EJB
    private AccountStore store;

    @PostConstruct
    void createAccounts() {
        if (Setting.DEMO.enabled()) {
            int created = 0;
            for (NewAccount demo : DemoAccounts.ALL) {
                if (store.find(demo.username()).isEmpty()) {
                    store.create(demo);
                    created++;
                }
            }
            int count = created;
            LOG.warning(() -> "DEMO MODE (PORTAL_DEMO): demo accounts with public passwords are enabled ("
                    + count + " created now). Never run a production server in demo mode.");
        }
        Setting.ADMIN_PASSWORD.value().ifPresent(password -> {
            if (!store.anyEnabledWith(Role.ADMIN) && store.find("admin").isEmpty()) {
                store.create(new NewAccount("admin", "Quản trị hệ thống", password, Set.of(Role.ADMIN), null));
                LOG.info("Created the first administrator account 'admin' from PORTAL_ADMIN_PASSWORD");
            }
        });
    }
}
