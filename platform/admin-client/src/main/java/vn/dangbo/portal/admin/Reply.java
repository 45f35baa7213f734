package vn.dangbo.portal.admin;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * One answer of the portal.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, empty when there is none
 * @param body        the body as text, empty when there is none
 */
public record Reply(int status, String contentType, String body) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    public boolean isProblem() {
        return contentType.startsWith("application/problem+json");
    }

    /** The body as JSON, empty when it is none (an HTML error page from a proxy, no body...). */
    public Optional<JsonValue> json() {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonStructure value = reader.read();
            return Optional.of(value);
        } catch (jakarta.json.JsonException e) {
            return Optional.empty();
        }
    }
}
