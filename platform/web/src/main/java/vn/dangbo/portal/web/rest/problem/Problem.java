package vn.dangbo.portal.web.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer as RFC 9457 (application/problem+json) describes it, the body of every error the
 * portal answers. {@code detail} is written for the caller and must never carry internals (stack
 * traces, class names, SQL) or personal data. Extension members: {@code rule}, {@code errors}
 * (every field refused and why), {@code problems} (the individual problems when a check finds
 * several, e.g. every failed pre-install check of a module jar), {@code field} (the one field a
 * refusal is about) and {@code incident} (links a 500 to its log line).
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    short summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong this time, in plain words
 * @param rule     the party-work rule that refused the input, when one did
 * @param errors   the fields refused, with the reason for each
 * @param problems the individual problems, may be empty
 * @param field    the single field a refusal names, when it names one
 * @param incident the incident id of an unexpected failure
 */
public record Problem(String type, String title, int status, String detail, String rule, List<FieldError> errors,
        List<String> problems, String field, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Not in JAX-RS's Status enum. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public Problem {
        type = type == null ? "about:blank" : type;
        errors = errors == null ? List.of() : List.copyOf(errors);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A problem about fields of the input. */
    public Problem(String type, String title, int status, String detail, String rule, List<FieldError> errors) {
        this(type, title, status, detail, rule, errors, List.of(), null, null);
    }

    /** A problem with several individual findings. */
    public Problem(String type, String title, int status, String detail, String rule, List<FieldError> errors,
            List<String> problems) {
        this(type, title, status, detail, rule, errors, problems, null, null);
    }

    /** A problem whose status says what kind it is, with the status's reason phrase as title. */
    public static Problem of(int status, String detail) {
        return new Problem("about:blank", reason(status), status, detail, null, List.of(), List.of(), null, null);
    }

    /** One refused field. */
    public record FieldError(String field, String reason) {
    }

    public Problem withField(String refused) {
        return new Problem(type, title, status, detail, rule, errors, problems, refused, incident);
    }

    public Problem withIncident(String id) {
        return new Problem(type, title, status, detail, rule, errors, problems, field, id);
    }

    /** The document as JSON; absent optional members are left out, the two lists are always there. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (rule != null) {
            json.add("rule", rule);
        }
        if (field != null) {
            json.add("field", field);
        }
        if (incident != null) {
            json.add("incident", incident);
        }
        JsonArrayBuilder fields = Json.createArrayBuilder();
        errors.forEach(e -> fields.add(Json.createObjectBuilder().add("field", String.valueOf(e.field()))
                .add("reason", String.valueOf(e.reason()))));
        JsonArrayBuilder found = Json.createArrayBuilder();
        problems.forEach(found::add);
        return json.add("errors", fields).add("problems", found).build().toString();
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson());
    }

    public Response toResponse() {
        return response().build();
    }

    public static Response response(int status, String title, String type, String detail, List<String> problems) {
        return new Problem("urn:dangbo:problem:" + type, title, status, detail, null, List.of(), problems)
                .toResponse();
    }

    public static Response response(Response.Status status, String type, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), type, detail, List.of());
    }

    static String reason(int status) {
        if (status == 429) {
            return "Too Many Requests";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
