package vn.dangbo.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.function.UnaryOperator;
import vn.dangbo.portal.web.rest.problem.Problem;

/**
 * The 401 answer and its WWW-Authenticate header. A browser shows its own password dialog when a
 * 401 challenges with Basic, which must never happen to the portal's pages (they sign in through
 * POST /api/v1/session). So the portal challenges with Basic only when the client asked for it
 * (it sent Basic credentials that failed) or is evidently not a browser script or page (no
 * Sec-Fetch-Mode header, which every current browser sends, and no X-Requested-With, which the
 * pages' fetch calls add for older ones). Everyone else gets the challenge scheme "Session",
 * which browsers do not act on.
 */
public final class Challenge {

    public static final String REALM = "portal";
    static final String BASIC = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    static final String SESSION = "Session realm=\"" + REALM + "\"";

    private Challenge() {
    }

    /** The WWW-Authenticate value for a request, given a way to read its headers. */
    public static String scheme(UnaryOperator<String> headers) {
        String authorization = headers.apply("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return BASIC;
        }
        boolean browser = headers.apply("Sec-Fetch-Mode") != null || headers.apply("X-Requested-With") != null;
        return browser ? SESSION : BASIC;
    }

    public static Response unauthorized(UnaryOperator<String> headers, String detail) {
        return Problem.of(401, detail).response().header("WWW-Authenticate", scheme(headers)).build();
    }

    public static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader("WWW-Authenticate", scheme(request::getHeader));
        write(response, Problem.of(401, detail));
    }

    /** Writes a problem document from a servlet filter (outside JAX-RS). */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson());
    }
}
