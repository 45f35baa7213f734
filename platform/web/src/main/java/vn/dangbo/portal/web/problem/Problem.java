package vn.dangbo.portal.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document, the body of every error the portal answers. {@code detail} is
 * written for the caller and must never carry internals (stack traces, class names, SQL) or
 * personal data; {@code incident} links a 500 to its log line.
 */
public record Problem(int status, String title, String detail, String field, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String detail) {
        return new Problem(status, reason(status), detail, null, null);
    }

    public Problem withField(String field) {
        return new Problem(status, title, detail, field, incident);
    }

    public Problem withIncident(String incident) {
        return new Problem(status, title, detail, field, incident);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (field != null) {
            json.add("field", field);
        }
        if (incident != null) {
            json.add("incident", incident);
        }
        return json.build().toString();
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson());
    }

    static String reason(int status) {
        if (status == 429) {
            return "Too Many Requests";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
