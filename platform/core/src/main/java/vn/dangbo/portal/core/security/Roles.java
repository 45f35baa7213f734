package vn.dangbo.portal.core.security;

/**
 * The role names as compile-time constants, for {@code @RolesAllowed({Roles.ADMIN, ...})}
 * (annotations cannot take enum names). {@code RolesTest} keeps them equal to {@link Role}.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CENTRAL = "CENTRAL";
    public static final String PROVINCIAL_STAFF = "PROVINCIAL_STAFF";
    public static final String PROVINCIAL_DEVELOPER = "PROVINCIAL_DEVELOPER";

    private Roles() {
    }
}
