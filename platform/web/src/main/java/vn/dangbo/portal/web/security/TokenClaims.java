package vn.dangbo.portal.web.security;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

/**
 * Reads a claim of the OpenID Connect token behind a caller signed in through WildFly's
 * elytron-oidc-client (production sign-in, docs/security.md). Such a caller's principal is an
 * {@code org.wildfly.security.http.oidc.OidcPrincipal}; it is read by reflection
 * ({@code getOidcSecurityContext().getToken().getClaimValueAsString(name)}) so the WAR neither
 * compiles against nor depends on the OIDC module when the portal runs with its own accounts.
 * Any other principal has no claims.
 */
final class TokenClaims {

    private TokenClaims() {
    }

    static Optional<String> claim(Principal principal, String name) {
        if (principal == null || name == null) {
            return Optional.empty();
        }
        try {
            Object context = call(principal, "getOidcSecurityContext");
            Object token = context == null ? null : call(context, "getToken");
            if (token == null) {
                return Optional.empty();
            }
            Method claim = token.getClass().getMethod("getClaimValueAsString", String.class);
            Object value = claim.invoke(token, name);
            return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException notAnOidcPrincipal) {
            return Optional.empty();
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
