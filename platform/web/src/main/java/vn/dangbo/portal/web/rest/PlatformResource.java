package vn.dangbo.portal.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dangbo.portal.core.platform.PlatformInfo;
import vn.dangbo.portal.core.platform.PlatformInfoService;
import vn.dangbo.portal.core.security.Roles;

/** What the platform runs on: plugin API version, JPA provider, database, schema version. */
@Path("/v1/platform")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCIAL_STAFF, Roles.PROVINCIAL_DEVELOPER})
public class PlatformResource {

    @EJB
    private PlatformInfoService platformInfo;

    @GET
    public PlatformInfo get() {
        return platformInfo.describe();
    }
}
