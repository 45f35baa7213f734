package vn.dangbo.portal.web.rest.unit;

import vn.dangbo.portal.core.security.Roles;
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
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.unit.NewUnit;
import vn.dangbo.portal.core.unit.UnitReader;
import vn.dangbo.portal.core.unit.UnitRegistry;
import vn.dangbo.portal.web.rest.Created;

/** Economic units and private schools, with their stable workers over time. */
@Path("/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class UnitResource {

    @EJB
    private UnitRegistry registry;

    @EJB
    private UnitReader reader;

    @Context
    private UriInfo uri;

    @POST
    public Response create(UnitRequest r) {
        new Violations().required(r, "body").throwIfAny();
        return Created.at(uri, registry.create(new NewUnit(r.code(), r.name(), r.kind(), r.areaId(),
                r.formerProvince(), r.validFrom())));
    }

    @GET
    @Path("{id}")
    public UnitReader.UnitView get(@PathParam("id") long id) {
        return reader.get(id);
    }

    @POST
    @Path("{id}/workers")
    public Response workers(@PathParam("id") long id, WorkersRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.workers(), "workers").throwIfAny();
        registry.recordWorkers(id, r.observedOn(), r.workers());
        return Response.noContent().build();
    }
}
