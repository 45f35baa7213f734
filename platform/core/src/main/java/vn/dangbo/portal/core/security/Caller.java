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
 * @param territory the former provinces whose records the bound province holds today: itself and,
 *                  since the mergers of 1 July 2025, the provinces merged into it (their areas,
 *                  organisations and people keep their former province); empty when not bound
 */
public record Caller(String username, Set<Role> roles, String province, Set<String> territory) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Set<String> held = new java.util.LinkedHashSet<>(territory == null ? Set.of() : territory);
        if (province != null) {
            held.add(province);
        }
        territory = Set.copyOf(held);
    }

    /** A caller bound to a province that no other province was merged into. */
    public Caller(String username, Set<Role> roles, String province) {
        this(username, roles, province, Set.of());
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

    /**
     * Staff of this province, or of the province it was merged into: may read and write its
     * organisations and people.
     */
    public boolean isStaffOf(String provinceCode) {
        return has(Role.PROVINCIAL_STAFF) && province != null && territory.contains(provinceCode);
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
