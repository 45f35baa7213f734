package vn.dangbo.portal.web.rest.organisation;

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
import java.util.Set;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.organisation.OrganisationRegistry;
import vn.dangbo.portal.core.rating.RatingRecorder;
import vn.dangbo.portal.core.work.AdmissionPlanRecorder;
import vn.dangbo.portal.core.work.CommitteeRecorder;
import vn.dangbo.portal.core.statistics.OrganisationReader;
import vn.dangbo.portal.core.statistics.OrganisationTree;
import vn.dangbo.portal.web.rest.Created;
import vn.dangbo.portal.web.rest.problem.Params;
import vn.dangbo.portal.web.rest.work.OrganisationWorkResource;

/** Party organisations: create, change over time, and read as they stood on a date. */
@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class OrganisationResource {

    @EJB
    private OrganisationRegistry registry;

    @EJB
    private OrganisationReader reader;

    @EJB
    private OrganisationTree tree;

    @EJB
    private RatingRecorder ratings;

    @EJB
    private CommitteeRecorder committees;

    @EJB
    private AdmissionPlanRecorder plans;

    @Context
    private UriInfo uri;

    @POST
    public Response create(OrganisationRequest request) {
        if (request == null) {
            throw new ValidationException("body", "Bắt buộc nhập");
        }
        return Created.at(uri, registry.create(request.toNew()));
    }

    /** Search by name without diacritics ({@code q}), valid on {@code date} (today by default). */
    @GET
    public List<OrganisationSummary> search(@QueryParam("q") String q, @QueryParam("province") String province,
            @QueryParam("date") String date, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int limit = Params.size(size);
        return reader.search(q, province, Params.date(date, "date", LocalDate.now()), Params.page(page) * limit,
                limit);
    }

    /**
     * The province's tree on {@code date} (today by default) with member counts, and the
     * organisations closed by then with their successors; {@code province} defaults to the caller's.
     */
    @GET
    @Path("tree")
    public OrganisationTree.View tree(@QueryParam("province") String province, @QueryParam("date") String date) {
        return tree.on(province, Params.date(date, "date", LocalDate.now()));
    }

    @GET
    @Path("{id}")
    public OrganisationSummary get(@PathParam("id") long id, @QueryParam("date") String date) {
        return reader.find(id, Params.date(date, "date", LocalDate.now()));
    }

    /** The organisation and everything under it on the date, parents before children. */
    @GET
    @Path("{id}/subtree")
    public List<OrganisationSummary> subtree(@PathParam("id") long id, @QueryParam("date") String date) {
        return reader.subtree(id, Params.date(date, "date", LocalDate.now()));
    }

    /** Ratings, committee seats and admission plans of the organisation. */
    @Path("{id}")
    public OrganisationWorkResource work(@PathParam("id") long id) {
        return new OrganisationWorkResource(id, ratings, committees, plans);
    }

    @POST
    @Path("{id}/closure")
    public Response close(@PathParam("id") long id, ClosureRequest request) {
        if (request == null) {
            throw new ValidationException("body", "Bắt buộc nhập");
        }
        registry.close(id, request.lastDay(), request.successorIds() == null ? Set.of() : request.successorIds());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/parent")
    public Response moveUnder(@PathParam("id") long id, ParentRequest request) {
        if (request == null || request.parentId() == null) {
            throw new ValidationException("parentId", "Bắt buộc nhập");
        }
        registry.moveUnder(id, request.parentId(), request.from());
        return Response.noContent().build();
    }
}
