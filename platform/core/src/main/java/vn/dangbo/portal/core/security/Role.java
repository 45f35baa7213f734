package vn.dangbo.portal.core.security;

/**
 * The portal's roles. The names are the role names of the Elytron realm (table account_role, or the
 * roles claim of an OpenID Connect token) and of {@code @RolesAllowed}: use the {@link Roles}
 * constants in annotations, which a unit test keeps equal to these names.
 */
public enum Role {
    /** Installs modules, manages accounts and settings; sees no personal data. */
    ADMIN(false),
    /** The central committee's staff: every province's figures and pages, no personal data. */
    CENTRAL(false),
    /** Staff of one province: reads and writes that province's organisations and people. */
    PROVINCIAL_STAFF(true),
    /** Developer of one province: uploads and updates that province's module only. */
    PROVINCIAL_DEVELOPER(true);

    private final boolean provinceBound;

    Role(boolean provinceBound) {
        this.provinceBound = provinceBound;
    }

    /** Whether an account with this role must be bound to a province. */
    public boolean provinceBound() {
        return provinceBound;
    }
}
