package vn.dangbo.portal.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dangbo.portal.core.personal.PersonalDataAccessLog;
import vn.dangbo.portal.core.personal.ProfileRead;
import vn.dangbo.portal.core.security.Roles;

/** Who read whose full profile, newest first (administrators only). */
@Path("/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccessLogResource {

    @EJB
    private PersonalDataAccessLog log;

    @GET
    public List<ProfileRead> search(@QueryParam("reader") String reader, @QueryParam("subject") String subject,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return log.search(reader, subject, limit);
    }
}
