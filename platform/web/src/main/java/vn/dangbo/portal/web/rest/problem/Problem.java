package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer as RFC 9457 (application/problem+json) describes it, with two extension members:
 * {@code errors}, every field refused and why, and {@code problems}, the individual problems when a
 * check finds several (every failed pre-install check of a module jar).
 *
 * @param type     a URI naming the kind of problem
 * @param title    short summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong this time, in plain words
 * @param rule     the party-work rule that refused the input, when one did
 * @param errors   the fields refused, with the reason for each
 * @param problems the individual problems, may be empty
 */
public record Problem(String type, String title, int status, String detail, String rule, List<FieldError> errors,
        List<String> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Not in JAX-RS's Status enum. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A problem about fields of the input. */
    public Problem(String type, String title, int status, String detail, String rule, List<FieldError> errors) {
        this(type, title, status, detail, rule, errors, List.of());
    }

    /** One refused field. */
    public record FieldError(String field, String reason) {
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    public static Response response(int status, String title, String type, String detail, List<String> problems) {
        return new Problem("urn:dangbo:problem:" + type, title, status, detail, null, List.of(), problems)
                .toResponse();
    }

    public static Response response(Response.Status status, String type, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), type, detail, List.of());
    }
}
