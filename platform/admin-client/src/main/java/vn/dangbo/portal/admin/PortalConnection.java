package vn.dangbo.portal.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP to one portal, signed in by HTTP Basic on every request. Basic-authenticated requests carry
 * no ambient credentials, so the portal needs no CSRF token from them (docs/security.md, "CSRF").
 */
public final class PortalConnection {

    /** Installing and activating a plugin can take a while on a busy server. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final String authorization;
    private final HttpClient client;

    /**
     * @param base     the portal's root, e.g. http://localhost:8080/
     * @param username null to send no credentials
     * @param password the password of {@code username}
     */
    public PortalConnection(URI base, String username, String password) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) throws IOException {
        return send(request(path).GET());
    }

    public Reply post(String path) throws IOException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply postJar(String path, byte[] jar) throws IOException {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar)));
    }

    public Reply putJar(String path, byte[] jar) throws IOException {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(jar)));
    }

    public Reply delete(String path) throws IOException {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) throws IOException {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body() == null ? "" : response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
