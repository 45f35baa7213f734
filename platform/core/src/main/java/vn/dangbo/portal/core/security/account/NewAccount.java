package vn.dangbo.portal.core.security.account;

import java.util.Set;
import vn.dangbo.portal.core.security.Role;

/** What an administrator gives to create an account. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles, String province) {
}
