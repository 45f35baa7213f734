package vn.dangbo.portal.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.core.security.Role;
import vn.dangbo.portal.core.security.Roles;
import vn.dangbo.portal.core.security.account.Account;
import vn.dangbo.portal.core.security.account.AccountService;
import vn.dangbo.portal.core.security.account.NewAccount;
import vn.dangbo.portal.web.rest.problem.ProblemException;

/** Account administration (administrators only): list, read, create, disable, reset a password. */
@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountsResource {

    /** The body of POST /api/v1/accounts. */
    public record AccountRequest(String username, String displayName, String password, Set<Role> roles,
            String province) {
    }

    /** The body of POST /api/v1/accounts/{username}/password. */
    public record PasswordRequest(String password) {
    }

    @EJB
    private AccountService accounts;

    @GET
    public List<Account> list() {
        return accounts.list();
    }

    @GET
    @Path("{username}")
    public Account get(@PathParam("username") String username) {
        return accounts.get(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.badRequest(null, "an account (JSON) is required");
        }
        Account created = accounts.create(new NewAccount(request.username(), request.displayName(),
                request.password(), request.roles() == null ? Set.of() : request.roles(), request.province()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @POST
    @Path("{username}/disable")
    public Account disable(@PathParam("username") String username) {
        return accounts.disable(username);
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("username") String username, PasswordRequest request) {
        if (request == null || request.password() == null) {
            throw ProblemException.badRequest("password", "password is required");
        }
        accounts.resetPassword(username, request.password());
        return Response.noContent().build();
    }
}
