package vn.dangbo.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP client for tests against the portal under test, signed in or not:
 * <pre>
 *   PortalHttp.as("admin").get("api/v1/accounts")        // HTTP Basic, demo password
 *   PortalHttp.session("cantho").post("api/v1/...", json) // page sign-in: cookie + X-CSRF-Token
 *   PortalHttp.anonymous().get("api/v1/platform")         // nobody
 * </pre>
 * The demo accounts exist because the test server runs in demo mode (arquillian.xml); their
 * password is "demo-" + username. Paths are relative to the portal's root. Usable from
 * {@code @RunAsClient} tests and from inside the container alike.
 */
public final class PortalHttp {

    public static final String DEMO_PASSWORD_PREFIX = "demo-";

    private final URI base;
    private final HttpClient client;
    private final String authorization;
    private String csrfToken;

    private PortalHttp(URI base, String authorization, boolean cookies) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
        this.authorization = authorization;
    }

    /** The portal under test: http://127.0.0.1:(8080 + portal.port.offset)/ */
    public static URI portal() {
        int offset = Integer.parseInt(System.getProperty("portal.port.offset", "0"));
        String fromContainer = System.getProperty("jboss.socket.binding.port-offset");
        if (fromContainer != null) {
            offset = Integer.parseInt(fromContainer);
        }
        return URI.create("http://127.0.0.1:" + (8080 + offset) + "/");
    }

    public static PortalHttp anonymous() {
        return new PortalHttp(portal(), null, true);
    }

    /** Signed in by HTTP Basic as a demo account. */
    public static PortalHttp as(String demoUsername) {
        return basic(demoUsername, DEMO_PASSWORD_PREFIX + demoUsername);
    }

    public static PortalHttp basic(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new PortalHttp(portal(), "Basic " + token, false);
    }

    /** Signed in as a page is (POST /api/v1/session), keeping the session cookie and CSRF token. */
    public static PortalHttp session(String demoUsername) {
        return session(demoUsername, DEMO_PASSWORD_PREFIX + demoUsername);
    }

    public static PortalHttp session(String username, String password) {
        PortalHttp http = anonymous();
        HttpResponse<String> response = http.signIn(username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return http;
    }

    /** POST /api/v1/session; on success remembers the CSRF token for later changes. */
    public HttpResponse<String> signIn(String username, String password) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        HttpResponse<String> response = send(request("api/v1/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() == 200) {
            JsonValue token = json(response.body()).get("csrfToken");
            csrfToken = token instanceof jakarta.json.JsonString s ? s.getString() : null;
        }
        return response;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(withCsrf(request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(withCsrf(request(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(withCsrf(request(path)).DELETE());
    }

    /** A request to the portal with this client's credentials, to be completed by the caller. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        return builder;
    }

    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
