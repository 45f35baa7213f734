package vn.dangbo.portal.core.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who makes the current request: the signed-in username, its roles and, for provincial roles, the
 * province it is bound to. {@link #ANONYMOUS} when nobody is signed in. The rules of the role
 * model live here, as plain logic, so that they are unit-tested without a server.
 *
 * @param username  the account's username, null when anonymous
 * @param roles     the roles granted (empty when anonymous)
 * @param province  code of the bound province, null when not bound
 */
public record Caller(String username, Set<Role> roles, String province) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean authenticated() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> boundProvince() {
        return Optional.ofNullable(province);
    }

    /** Staff of exactly this province: may read and write its organisations and people. */
    public boolean isStaffOf(String provinceCode) {
        return has(Role.PROVINCIAL_STAFF) && province != null && province.equals(provinceCode);
    }

    /** May see the province's figures and pages: central staff, or staff or developer of it. */
    public boolean maySeeFiguresOf(String provinceCode) {
        return has(Role.CENTRAL) || has(Role.ADMIN)
                || ((has(Role.PROVINCIAL_STAFF) || has(Role.PROVINCIAL_DEVELOPER))
                        && Objects.equals(province, provinceCode));
    }

    /** May upload or update the province's module: an administrator, or a developer of it. */
    public boolean mayManageModuleOf(String provinceCode) {
        return has(Role.ADMIN) || (has(Role.PROVINCIAL_DEVELOPER) && Objects.equals(province, provinceCode));
    }

    /**
     * May see a person's sensitive data (national ID, date of birth, religion) in clear: only the
     * staff of the province the person belongs to. Everyone else sees it masked.
     */
    public boolean maySeePersonalDataOf(String provinceCode) {
        return isStaffOf(provinceCode);
    }

    @Override
    public String toString() {
        return authenticated() ? username + roles + (province == null ? "" : "@" + province) : "anonymous";
    }
}
