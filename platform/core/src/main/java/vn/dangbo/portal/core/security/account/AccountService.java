package vn.dangbo.portal.core.security.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.dangbo.portal.core.security.AccessDeniedException;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.security.Role;

/** Account administration, for administrators only (checked here as well as on the resource). */
@Stateless
public class AccountService {

    @EJB
    private AccountStore store;

    @Inject
    private CurrentUser currentUser;

    public List<Account> list() {
        currentUser.requireAnyRole(Role.ADMIN);
        return store.list();
    }

    public Account get(String username) {
        currentUser.requireAnyRole(Role.ADMIN);
        return store.find(username).orElseThrow(() -> new UnknownAccountException(username));
    }

    public Account create(NewAccount account) {
        currentUser.requireAnyRole(Role.ADMIN);
        return store.create(account);
    }

    public Account disable(String username) {
        currentUser.requireAnyRole(Role.ADMIN);
        if (username != null && username.equals(currentUser.username())) {
            // The last administrator locking everyone out is worse than an extra step.
            throw new AccessDeniedException("An administrator cannot disable their own account");
        }
        return store.disable(username);
    }

    public Account resetPassword(String username, String newPassword) {
        currentUser.requireAnyRole(Role.ADMIN);
        return store.resetPassword(username, newPassword);
    }
}
