package vn.dangbo.portal.web.rest.area;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.core.area.AreaReader;
import vn.dangbo.portal.core.area.AreaRegistry;
import vn.dangbo.portal.core.area.NewArea;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.web.rest.Created;
import vn.dangbo.portal.web.rest.problem.Params;

/** Administrative areas, their population and the holders of their positions. */
@Path("/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class AreaResource {

    @EJB
    private AreaRegistry registry;

    @EJB
    private AreaReader reader;

    @Context
    private UriInfo uri;

    @POST
    public Response create(AreaRequest r) {
        new Violations().required(r, "body").throwIfAny();
        return Created.at(uri, registry.create(new NewArea(r.code(), r.name(), r.kind(), r.parentId(),
                r.formerProvince(), r.validFrom())));
    }

    @GET
    public List<AreaSummary> search(@QueryParam("q") String q, @QueryParam("province") String province,
            @QueryParam("kind") String kind, @QueryParam("date") String date, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        int limit = Params.size(size);
        return reader.search(q, province, Params.enumValue(AreaKind.class, kind, "kind"),
                Params.date(date, "date", LocalDate.now()), Params.page(page) * limit, limit);
    }

    @GET
    @Path("{id}")
    public AreaSummary get(@PathParam("id") long id) {
        return reader.get(id);
    }

    @POST
    @Path("{id}/population")
    public Response population(@PathParam("id") long id, PopulationRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.year(), "year").required(r.population(), "population").throwIfAny();
        registry.recordPopulation(id, r.year(), r.population());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/positions")
    public Response appoint(@PathParam("id") long id, PositionRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.personId(), "personId").throwIfAny();
        return Created.of(registry.appoint(id, r.position(), r.personId(), r.from()));
    }
}
