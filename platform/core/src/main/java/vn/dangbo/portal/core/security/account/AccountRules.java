package vn.dangbo.portal.core.security.account;

import java.util.regex.Pattern;
import vn.dangbo.portal.core.security.Role;

/** The rules an account must follow, each broken one reported with the field it concerns. */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    static void check(NewAccount account, boolean provinceExists) {
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            throw new InvalidAccountException("username",
                    "2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 200) {
            throw new InvalidAccountException("displayName", "required, at most 200 characters");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw new InvalidAccountException("roles", "at least one of " + java.util.Arrays.toString(Role.values()));
        }
        boolean bound = account.roles().stream().anyMatch(Role::provinceBound);
        if (bound && account.province() == null) {
            throw new InvalidAccountException("province", "required for the roles PROVINCIAL_STAFF and PROVINCIAL_DEVELOPER");
        }
        if (!bound && account.province() != null) {
            throw new InvalidAccountException("province", "only PROVINCIAL_STAFF and PROVINCIAL_DEVELOPER are bound to a province");
        }
        if (bound && !provinceExists) {
            throw new InvalidAccountException("province", "unknown province code '" + account.province() + "'");
        }
        BcryptPasswords.checkRules(account.password());
    }
}
