package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error as RFC 9457 "problem details" ({@code application/problem+json}): what went wrong in a
 * sentence, and the individual problems when there are several (every failed check of a jar).
 *
 * @param type     a URI naming the kind of problem
 * @param title    the kind of problem in a few words
 * @param status   the HTTP status
 * @param detail   what went wrong, in plain words
 * @param problems the individual problems, may be empty
 */
public record Problem(String type, String title, int status, String detail, List<String> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Not in JAX-RS's Status enum. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public Problem {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static Response response(int status, String title, String type, String detail, List<String> problems) {
        Problem problem = new Problem("urn:portal:problem:" + type, title, status, detail, problems);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(Response.Status status, String type, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), type, detail, List.of());
    }
}
