package vn.dangbo.portal.it.host;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.dangbo.portal.it.PortalHttp;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The portal's module and province API over HTTP, for black-box tests and the benchmark. */
public final class PortalClient {

    public static final String MODULE = "vn.dangbo.portal.fixture.good";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String username;

    /** A client calling the API as the demo administrator. */
    public PortalClient(URI base) {
        this(base, "admin");
    }

    /** A client calling the API as another demo account (HTTP Basic, so no CSRF token is needed). */
    public PortalClient(URI base, String username) {
        this.base = base;
        this.username = username;
    }

    /** A response with its body parsed as JSON (null when there is none). */
    public record Reply(int status, String contentType, String body) {
        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    public Reply post(String path) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply postJson(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply upload(byte[] jar) {
        return send(builder("api/v1/modules").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar)));
    }

    public Reply check(byte[] jar) {
        return send(builder("api/v1/modules/check")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(jar)));
    }

    public Reply update(String module, byte[] jar) {
        return send(builder("api/v1/modules/" + module)
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(jar)));
    }

    /** Upload as a browser form would: multipart/form-data with the jar in the part "file". */
    public Reply uploadForm(byte[] jar) {
        String boundary = "----portal-it-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plugin.jar\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + jar.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jar, 0, body, head.length, jar.length);
        System.arraycopy(tail, 0, body, head.length + jar.length, tail.length);
        return send(builder("api/v1/modules")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    /** Uninstalls every module, so each test starts from none. */
    public void removeAllModules() {
        for (JsonObject module : get("api/v1/modules").array().getValuesAs(JsonObject.class)) {
            delete("api/v1/modules/" + module.getString("symbolicName"));
        }
    }

    /** The value of the good test program's one indicator for 2025: its bundle's major version. */
    public int goodGeneration() {
        Reply reply = get("api/v1/provinces/test-good/indicators?year=2025");
        if (reply.status() != 200) {
            throw new AssertionError("indicators of test-good: " + reply.status() + " " + reply.body());
        }
        return reply.object().getJsonArray("results").getJsonObject(0).getJsonNumber("value").intValue();
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    /**
     * A request; the portal's API is called as the client's demo account over HTTP Basic (by default
     * the administrator: modules are the administrator's, docs/security.md), other paths (health,
     * probes) without credentials.
     */
    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (path.startsWith("api/")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + PortalHttp.DEMO_PASSWORD_PREFIX + username).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /** A binary download (a report): its status, type and bytes. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(builder(path).GET().timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
