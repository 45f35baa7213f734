package vn.dangbo.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityWebTest {

    @Test
    void basicIsChallengedOnlyWhenTheClientIsNoBrowserScriptOrSentBasic() {
        assertThat(Challenge.scheme(Map.<String, String>of()::get)).startsWith("Basic");
        assertThat(Challenge.scheme(Map.of("Sec-Fetch-Mode", "cors")::get)).startsWith("Session");
        assertThat(Challenge.scheme(Map.of("Sec-Fetch-Mode", "navigate")::get)).startsWith("Session");
        assertThat(Challenge.scheme(Map.of("X-Requested-With", "fetch")::get)).startsWith("Session");
        assertThat(Challenge.scheme(Map.of("Sec-Fetch-Mode", "cors", "Authorization", "Basic eDp5")::get)).startsWith("Basic");
    }

    @RolesAllowed("ADMIN")
    static class Annotated {
        public void inherited() {
        }

        @PermitAll
        public void open() {
        }

        @RolesAllowed({"PROVINCIAL_STAFF", "CENTRAL"})
        public void narrowed() {
        }

        @DenyAll
        public void closed() {
        }
    }

    static class Bare {
        public void none() {
        }
    }

    @Test
    void rulesComeFromTheMethodElseTheClass() throws Exception {
        assertThat(rule(Annotated.class, "inherited")).isEqualTo("ADMIN");
        assertThat(rule(Annotated.class, "open")).isEqualTo("public");
        assertThat(rule(Annotated.class, "narrowed")).isEqualTo("CENTRAL PROVINCIAL_STAFF");
        assertThat(rule(Annotated.class, "closed")).isEqualTo("deny");
        assertThat(rule(Bare.class, "none")).isEqualTo("missing");
    }

    /** The shape of elytron-oidc-client's OidcPrincipal, as far as TokenClaims reads it. */
    public static class FakeOidcPrincipal implements Principal {
        public Object getOidcSecurityContext() {
            return new Context();
        }

        @Override
        public String getName() {
            return "oidc-user";
        }

        public static class Context {
            public Token getToken() {
                return new Token();
            }
        }

        public static class Token {
            public String getClaimValueAsString(String name) {
                return name.equals("province") ? "dong-thap" : null;
            }
        }
    }

    @Test
    void provinceClaimsAreReadFromOidcPrincipalsOnly() {
        assertThat(TokenClaims.claim(new FakeOidcPrincipal(), "province")).contains("dong-thap");
        assertThat(TokenClaims.claim(new FakeOidcPrincipal(), "other")).isEmpty();
        assertThat(TokenClaims.claim(() -> "plain", "province")).isEmpty();
    }

    private static String rule(Class<?> type, String method) throws NoSuchMethodException {
        return RoleRule.of(type, type.getMethod(method)).describe();
    }
}
