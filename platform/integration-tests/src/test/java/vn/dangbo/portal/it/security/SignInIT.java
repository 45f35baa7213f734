package vn.dangbo.portal.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;

/**
 * Sign-in over HTTP: page sessions (POST/GET/DELETE /api/v1/session) and HTTP Basic, both checked
 * by Elytron's jdbc-realm; 401 as problem+json without a Basic challenge for browser scripts;
 * CSRF tokens on session changes; throttling of failed sign-ins; disabled accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void anonymousCallersOfProtectedEndpointsGetProblem401() {
        HttpResponse<String> fromScript = PortalHttp.anonymous().send(PortalHttp.anonymous()
                .request("api/v1/platform").header("Sec-Fetch-Mode", "cors").GET());
        assertThat(fromScript.statusCode()).isEqualTo(401);
        assertThat(fromScript.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(PortalHttp.json(fromScript.body()).getInt("status")).isEqualTo(401);
        // No Basic challenge for a browser's fetch: the browser would pop up its password dialog.
        assertThat(fromScript.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"))
                .isNotEmpty();

        HttpResponse<String> fromCurl = PortalHttp.anonymous().get("api/v1/platform");
        assertThat(fromCurl.statusCode()).isEqualTo(401);
        assertThat(fromCurl.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic realm=\"portal\""));
    }

    @Test
    void aPageSignsInReadsItsSessionAndSignsOut() {
        PortalHttp page = PortalHttp.anonymous();
        JsonObject before = PortalHttp.json(page.get("api/v1/session").body());
        assertThat(before.getBoolean("authenticated")).isFalse();

        HttpResponse<String> signIn = page.signIn("cantho", "demo-cantho");
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("PORTAL_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        JsonObject session = PortalHttp.json(page.get("api/v1/session").body());
        assertThat(session.getBoolean("authenticated")).isTrue();
        assertThat(session.getString("username")).isEqualTo("cantho");
        assertThat(session.getJsonArray("roles").getString(0)).isEqualTo("PROVINCIAL_STAFF");
        assertThat(session.getString("province")).isEqualTo("can-tho");
        assertThat(session.getString("csrfToken")).isEqualTo(page.csrfToken()).hasSizeGreaterThan(30);
        assertThat(page.get("api/v1/platform").statusCode()).isEqualTo(200);

        assertThat(page.delete("api/v1/session").statusCode()).isEqualTo(204);
        assertThat(page.get("api/v1/platform").statusCode()).isEqualTo(401);
        assertThat(PortalHttp.json(page.get("api/v1/session").body()).getBoolean("authenticated")).isFalse();
    }

    @Test
    void theOidcSignInUrlIsClosedWithoutAnIdentityProvider() {
        // /signin is where OpenID Connect sends browsers to the provider; with the portal's own
        // accounts no mechanism answers there, and it must neither open nor pop up a dialog.
        HttpResponse<String> response = PortalHttp.anonymous().get("signin");
        assertThat(response.statusCode()).as(response.body()).isGreaterThanOrEqualTo(400);
        assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at io.");
    }

    @Test
    void wrongPasswordsAreRefusedWithoutSayingWhichPartWasWrong() {
        HttpResponse<String> wrong = PortalHttp.anonymous().signIn("haiphong", "not-the-password");
        HttpResponse<String> unknown = PortalHttp.anonymous().signIn("nobody-" + UUID.randomUUID(), "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(PortalHttp.json(wrong.body()).getString("detail")).isEqualTo(PortalHttp.json(unknown.body()).getString("detail"));
        assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("PORTAL_SESSION=") && !c.contains("Max-Age=0"));
    }

    @Test
    void basicCredentialsWorkForApiClientsAndFailWithABasicChallenge() {
        assertThat(PortalHttp.as("admin").get("api/v1/platform").statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = PortalHttp.basic("admin", "wrong-password").get("api/v1/platform");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void sessionChangesNeedTheSessionsCsrfToken() {
        PortalHttp page = PortalHttp.session("khanhhoa");
        HttpRequest.Builder withoutToken = page.request("api/v1/session").DELETE();
        assertThat(page.send(withoutToken).statusCode()).isEqualTo(403);
        HttpRequest.Builder wrongToken = page.request("api/v1/session").header("X-CSRF-Token", "forged").DELETE();
        HttpResponse<String> refused = page.send(wrongToken);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(PortalHttp.json(refused.body()).getString("detail")).contains("X-CSRF-Token");
        assertThat(page.get("api/v1/platform").statusCode()).as("still signed in").isEqualTo(200);

        assertThat(page.delete("api/v1/session").statusCode()).as("right token").isEqualTo(204);
        assertThat(page.get("api/v1/platform").statusCode()).isEqualTo(401);
    }

    @Test
    void basicClientsAreNotSubjectToCsrf() {
        // An Authorization header is not sent by a browser on its own: no token needed, none kept.
        HttpResponse<String> response = PortalHttp.as("admin").post("api/v1/accounts",
                "{\"username\":\"csrf-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"displayName\":\"Thử\",\"password\":\"long-enough-1\",\"roles\":[\"CENTRAL\"]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void repeatedFailuresLockTheUsernameWith429AndRetryAfter() {
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        PortalHttp admin = PortalHttp.as("admin");
        assertThat(admin.post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"Khóa\",\"password\":\"right-password\",\"roles\":[\"CENTRAL\"]}").statusCode()).isEqualTo(201);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(PortalHttp.anonymous().signIn(username, "wrong-" + attempt).statusCode()).as("attempt " + attempt).isEqualTo(401);
        }
        HttpResponse<String> locked = PortalHttp.anonymous().signIn(username, "right-password");
        assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
        assertThat(PortalHttp.basic(username, "right-password").get("api/v1/platform").statusCode())
                .as("Basic is throttled alike").isEqualTo(429);
        assertThat(PortalHttp.session("dongthap").get("api/v1/platform").statusCode()).as("others unaffected").isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsSignedOutOnItsNextRequest() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        PortalHttp admin = PortalHttp.as("admin");
        assertThat(admin.post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"Nghỉ việc\",\"password\":\"right-password\",\"roles\":[\"PROVINCIAL_STAFF\"],\"province\":\"dong-thap\"}")
                .statusCode()).isEqualTo(201);
        PortalHttp page = PortalHttp.session(username, "right-password");
        PortalHttp colleague = PortalHttp.session("dongthap");
        // Several requests: the session keeps the account it read on the first (CurrentUserFilter).
        for (int i = 0; i < 3; i++) {
            assertThat(page.get("api/v1/platform").statusCode()).isEqualTo(200);
            assertThat(colleague.get("api/v1/platform").statusCode()).isEqualTo(200);
        }

        assertThat(admin.post("api/v1/accounts/" + username + "/disable", "").statusCode()).isEqualTo(200);
        HttpResponse<String> next = page.get("api/v1/platform");
        assertThat(next.statusCode()).as("the very next request").isEqualTo(401);
        assertThat(PortalHttp.json(next.body()).getString("detail")).isEqualTo("This account is disabled.");
        assertThat(page.get("api/v1/platform").statusCode()).as("signed out for good").isEqualTo(401);
        assertThat(PortalHttp.anonymous().signIn(username, "right-password").statusCode()).isEqualTo(401);
        assertThat(colleague.get("api/v1/platform").statusCode()).as("another account's session goes on")
                .isEqualTo(200);
        assertThat(PortalHttp.json(colleague.get("api/v1/session").body()).getString("province")).isEqualTo("dong-thap");
    }
}
