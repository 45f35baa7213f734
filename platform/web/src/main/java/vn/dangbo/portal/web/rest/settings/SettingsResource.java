package vn.dangbo.portal.web.rest.settings;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/** The configurable rules (certificate validity, the excellent-rating cap, ages, review days). */
@Path("/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN})
public class SettingsResource {

    public record ValueRequest(String value) {
    }

    @EJB
    private RuleSettingsService settings;

    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCIAL_DEVELOPER, Roles.PROVINCIAL_STAFF})
    @GET
    public List<RuleSettingsService.SettingView> list() {
        return settings.list();
    }

    @PUT
    @Path("{key}")
    public RuleSettingsService.SettingView change(@PathParam("key") String key, ValueRequest r) {
        new Violations().required(r, "body").throwIfAny();
        return settings.change(key, r.value());
    }
}
