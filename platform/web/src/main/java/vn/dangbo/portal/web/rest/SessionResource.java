package vn.dangbo.portal.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.dangbo.portal.core.security.Caller;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.territory.ProvinceTerritories;
import vn.dangbo.portal.core.security.Role;
import vn.dangbo.portal.core.security.account.AccountStore;
import vn.dangbo.portal.web.rest.problem.Problem;
import vn.dangbo.portal.web.rest.problem.ProblemException;
import vn.dangbo.portal.web.security.Challenge;
import vn.dangbo.portal.web.security.CsrfFilter;
import vn.dangbo.portal.web.security.CurrentUserFilter;
import vn.dangbo.portal.web.security.SignIn;

/**
 * Sign-in for the pages. POST signs in with username and password (Elytron checks them) and starts
 * a session (cookie PORTAL_SESSION); GET says who is signed in and gives the CSRF token the pages
 * send as X-CSRF-Token on every change; DELETE signs out.
 */
@Path("/v1/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** The body of POST /api/v1/session. */
    public record Credentials(String username, String password) {
    }

    /** Who is signed in, and the session's CSRF token (null when anonymous or signed in by Basic). */
    public record SessionView(boolean authenticated, String username, List<Role> roles, String province,
            String csrfToken) {
    }

    @Context
    private HttpServletRequest request;

    @Inject
    private ProvinceTerritories territories;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignIn signIn;

    @EJB
    private AccountStore accounts;

    @GET
    @PermitAll
    public SessionView get() {
        return view(currentUser.caller());
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) throws ServletException {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            throw ProblemException.badRequest("username", "username is required");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw ProblemException.badRequest("password", "password is required");
        }
        // A new session for every sign-in: an identifier planted before sign-in is worth nothing.
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.logout();
            old.invalidate();
        }
        SignIn.Outcome outcome = signIn.attempt(request, credentials.username().strip(), credentials.password());
        return switch (outcome.result()) {
            case THROTTLED -> Problem.of(429, "Too many failed sign-ins; try again later.").response()
                    .header("Retry-After", SignIn.retryAfterSeconds(outcome.retryAfter())).build();
            case REFUSED -> Challenge.unauthorized(request::getHeader, "Wrong username or password.");
            case SIGNED_IN -> Response.ok(view(signedIn())).build();
        };
    }

    @DELETE
    @PermitAll
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private Caller signedIn() {
        Caller caller = CurrentUserFilter.callerOf(request, accounts.find(request.getUserPrincipal().getName()),
                territories);
        currentUser.identify(caller);
        return caller;
    }

    private SessionView view(Caller caller) {
        if (!caller.authenticated()) {
            return new SessionView(false, null, List.of(), null, null);
        }
        // Basic clients keep no session, hence no token (and need none: they carry no cookie).
        String token = request.getHeader("Authorization") != null ? null : CsrfFilter.tokenOf(request.getSession(true));
        return new SessionView(true, caller.username(), caller.roles().stream().sorted().toList(),
                caller.province(), token);
    }
}
