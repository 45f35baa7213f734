package vn.dangbo.portal.web.rest.provinces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.dangbo.portal.core.security.Roles;
import vn.dangbo.portal.host.settings.ProgramSettings;
import vn.dangbo.portal.host.settings.SettingsView;
import vn.dangbo.portal.web.rest.problem.Problem;

/**
 * A program's settings (its "Readings"): what it offers, what administrators chose and which
 * readings are in force; changing one takes effect at once, without restarting anything.
 */
@Path("/v1/provinces/{code}/settings")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ProgramSettingsResource {

    @EJB
    private ProgramSettings settings;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCIAL_DEVELOPER, Roles.PROVINCIAL_STAFF})
    public SettingsView get(@PathParam("code") String code) {
        return settings.view(code);
    }

    /** Body: {@code {"value": "..."}}. */
    @PUT
    @Path("{key}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView change(@PathParam("code") String code, @PathParam("key") String key, SettingChange change) {
        return settings.change(code, key, change == null ? null : change.value(), actor());
    }

    private String actor() {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    /** @param value the new value, one of the setting's options */
    public record SettingChange(String value) {
    }
}
