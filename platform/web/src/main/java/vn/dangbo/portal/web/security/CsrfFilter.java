package vn.dangbo.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import vn.dangbo.portal.web.rest.problem.Problem;

/**
 * Synchronizer-token CSRF protection. A request that changes state (POST, PUT, PATCH, DELETE) and
 * is authenticated by the session cookie must carry the session's token in the X-CSRF-Token header
 * (the pages read it from GET /api/v1/session). A forged request from another site carries the
 * cookie but cannot know the token. Requests with an Authorization header (Basic API clients)
 * carry no ambient credentials and are not subject to it.
 */
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = CsrfFilter.class.getName() + ".token";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (subjectToCsrf(request) && !tokenMatches(request)) {
            Challenge.write(response, Problem.of(403,
                    "Missing or wrong " + HEADER + " header: read the token from GET /api/v1/session."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean subjectToCsrf(HttpServletRequest request) {
        return STATE_CHANGING.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && request.getUserPrincipal() != null
                && request.getSession(false) != null;
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        Object expected = request.getSession(false).getAttribute(SESSION_ATTRIBUTE);
        String given = request.getHeader(HEADER);
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** The session's token, made on first use (at sign-in). */
    public static String tokenOf(HttpSession session) {
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(SESSION_ATTRIBUTE, created);
        return created;
    }
}
