package vn.dangbo.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.dangbo.portal.web.rest.problem.Problem;

/**
 * HTTP Basic for API clients (scripts, the command-line admin client): the credentials of each
 * request are checked by Elytron through {@link SignIn} (throttled like page sign-ins). Nothing is
 * kept between requests: the session that the container's programmatic login may create is
 * discarded when the request ends, so a Basic client never holds a session cookie that would
 * make it subject to CSRF checks.
 */
public class BasicAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignIn signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        String[] credentials = decode(authorization.substring(6).strip());
        if (credentials == null) {
            Challenge.unauthorized(request, response, "Malformed Basic credentials.");
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        SignIn.Outcome outcome = signIn.attempt(request, credentials[0], credentials[1]);
        switch (outcome.result()) {
            case THROTTLED -> {
                response.setHeader("Retry-After", Long.toString(SignIn.retryAfterSeconds(outcome.retryAfter())));
                Challenge.write(response, Problem.of(429, "Too many failed sign-ins; try again later."));
            }
            case REFUSED -> Challenge.unauthorized(request, response, "Wrong username or password.");
            case SIGNED_IN -> {
                try {
                    chain.doFilter(request, response);
                } finally {
                    forget(request, hadSession);
                }
            }
        }
    }

    private static void forget(HttpServletRequest request, boolean hadSession) {
        HttpSession session = request.getSession(false);
        if (!hadSession && session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // signed out by the request itself
            }
        }
    }

    private static String[] decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
