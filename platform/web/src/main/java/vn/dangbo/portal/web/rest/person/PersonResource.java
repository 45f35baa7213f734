package vn.dangbo.portal.web.rest.person;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.person.PersonProfile;
import vn.dangbo.portal.core.personal.SensitiveView;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.person.MembershipEventView;
import vn.dangbo.portal.core.person.MembershipRecorder;
import vn.dangbo.portal.core.person.PersonHandOver;
import vn.dangbo.portal.core.person.PersonRegistry;
import vn.dangbo.portal.core.person.PersonSearch;
import vn.dangbo.portal.core.person.PersonView;
import vn.dangbo.portal.core.work.AwayRecorder;
import vn.dangbo.portal.core.work.CommitteeRecorder;
import vn.dangbo.portal.core.work.TaskRecorder;
import vn.dangbo.portal.web.rest.Created;
import vn.dangbo.portal.web.rest.problem.Params;

/**
 * People (candidates and members): details, occupation over time, search, and their membership
 * events. Lifecycle actions are explicit endpoints; see {@link LifecycleResource}.
 */
@Path("/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class PersonResource {

    @EJB
    private PersonRegistry registry;

    @EJB
    private PersonHandOver handOver;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PersonSearch search;

    @EJB
    private MembershipRecorder membership;

    @EJB
    private TaskRecorder tasks;

    @EJB
    private CommitteeRecorder committees;

    @EJB
    private AwayRecorder away;

    /** {@code {"year": 2024, "organisationId": 7, "description": "..."}}. */
    public record TaskRequest(Integer year, Long organisationId, String description) {
    }

    /** {@code {"courseDate": "2024-05-10", "courseName": "..."}}. */
    public record TrainingRequest(LocalDate courseDate, String courseName) {
    }

    /** {@code {"from": "2024-02-01", "to": null}}. */
    public record AwayRequest(LocalDate from, LocalDate to) {
    }

    /** {@code {"filedOn": "2024-10-01"}}. */
    public record LeaveRequest(LocalDate filedOn) {
    }

    @Context
    private UriInfo uri;

    @POST
    public Response create(PersonRequest r) {
        new Violations().required(r, "body").throwIfAny();
        return Created.at(uri, registry.create(r.externalId(), r.details()));
    }

    /**
     * Search by name without diacritics ({@code q}); {@code organisationId} lists the members of that
     * organisation on {@code date} (today by default); sorted in Vietnamese alphabetical order.
     */
    @GET
    public PersonSearch.Page find(@QueryParam("q") String q, @QueryParam("organisationId") Long organisationId,
            @QueryParam("date") String date, @QueryParam("residenceAreaId") Long residenceAreaId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int limit = Params.size(size);
        return search.search(new PersonSearch.Criteria(q, organisationId, Params.date(date, "date", null),
                residenceAreaId, Params.page(page) * limit, limit));
    }

    /**
     * A person's full profile: for the staff of the person's province in clear; administrators may
     * read it too, with the sensitive fields masked. Every read is recorded in the access log.
     */
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCIAL_STAFF})
    public PersonProfileResponse get(@PathParam("id") long id) {
        PersonProfile profile = registry.profile(id, "GET /api/v1/people/{id}");
        return PersonProfileResponse.of(profile, SensitiveView.of(currentUser.caller(), profile.province()));
    }

    @PUT
    @Path("{id}")
    public PersonView update(@PathParam("id") long id, PersonRequest r) {
        new Violations().required(r, "body").throwIfAny();
        registry.update(id, r.details());
        return registry.get(id);
    }

    /** {@code {"province": "hai-phong"}}: the province the record is handed over to. */
    public record HandOverRequest(String province) {
    }

    /**
     * Hands the person's record over to another province (a permanent move there, the transfer out
     * already recorded): from then on it is that province's record. See PersonHandOver.
     */
    @POST
    @Path("{id}/hand-over")
    public Response handOver(@PathParam("id") long id, HandOverRequest r) {
        new Violations().required(r, "body").throwIfAny();
        handOver.handOver(id, r.province());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/occupations")
    public Response occupation(@PathParam("id") long id, OccupationRequest r) {
        new Violations().required(r, "body").throwIfAny();
        registry.recordOccupation(id, r.occupation(), r.unitId(), r.from());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/tasks")
    public Response task(@PathParam("id") long id, TaskRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.year(), "year").required(r.organisationId(), "organisationId").throwIfAny();
        return Created.of(tasks.assign(id, r.year(), r.organisationId(), r.description()));
    }

    @POST
    @Path("{id}/trainings")
    public Response training(@PathParam("id") long id, TrainingRequest r) {
        new Violations().required(r, "body").throwIfAny();
        return Created.of(committees.recordTraining(id, r.courseDate(), r.courseName()));
    }

    @POST
    @Path("{id}/away-flags")
    public Response awayFlag(@PathParam("id") long id, AwayRequest r) {
        new Violations().required(r, "body").throwIfAny();
        return Created.of(away.flag(id, r.from(), r.to()));
    }

    @POST
    @Path("{id}/leave-requests")
    public Response leaveRequest(@PathParam("id") long id, LeaveRequest r) {
        new Violations().required(r, "body").throwIfAny();
        return Created.of(away.requestToLeave(id, r.filedOn()));
    }

    @GET
    @Path("{id}/events")
    public List<MembershipEventView> events(@PathParam("id") long id) {
        return membership.events(id);
    }

    /** The lifecycle actions of one person: candidacy, certificate, admission, ceremony, recognition... */
    @Path("{id}")
    public LifecycleResource lifecycle(@PathParam("id") long id) {
        return new LifecycleResource(membership, id);
    }

    @POST
    @Path("{id}/corrections")
    public Response correct(@PathParam("id") long id, CorrectionRequest r) {
        new Violations().required(r, "body").throwIfAny();
        if (r.correctsId() == null) {
            throw new ValidationException("correctsId", "Bắt buộc nhập");
        }
        MembershipEventView view = membership.correct(id, r.correctsId(),
                new vn.dangbo.portal.core.person.EventData(null, r.eventDate(), r.organisationId(), r.kind(),
                        r.decisionRef(), r.counterpart(), r.voteDate(), r.correctsId(), Boolean.TRUE.equals(r.voids()),
                        r.reason()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
