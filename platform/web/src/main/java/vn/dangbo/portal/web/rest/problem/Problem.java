package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer as RFC 9457 (application/problem+json) describes it, with the extension member
 * {@code errors}: every field refused and why.
 *
 * @param type     a URI naming the kind of problem
 * @param title    short summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong this time
 * @param rule     the party-work rule that refused the input, when one did
 * @param errors   the fields refused, with the reason for each
 */
public record Problem(String type, String title, int status, String detail, String rule, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field. */
    public record FieldError(String field, String reason) {
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
