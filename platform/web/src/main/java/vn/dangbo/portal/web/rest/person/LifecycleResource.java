package vn.dangbo.portal.web.rest.person;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.person.DisciplineKind;
import vn.dangbo.portal.core.person.EventData;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.person.MembershipRecorder;
import vn.dangbo.portal.web.rest.problem.Params;

/**
 * The member lifecycle as explicit actions on a person ({@code /api/v1/people/{id}/admission}...). Each records one immutable event; the rules
 * (age, certificate, 12-month probation, lifecycle order, discipline in probation) answer 422 with
 * the field and the rule when they refuse.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class LifecycleResource {

    private final MembershipRecorder membership;
    private final long id;

    /** Made by {@link PersonResource}'s locator for one person. */
    LifecycleResource(MembershipRecorder membership, long id) {
        this.membership = membership;
        this.id = id;
    }

    /** Registered as a candidate by {@code organisationId}. */
    @POST
    @Path("candidacy")
    public Response candidacy(EventRequest r) {
        return record(MembershipEventKind.CANDIDATE_REGISTRATION, r, null);
    }

    /** Awareness-course certificate dated {@code eventDate}. */
    @POST
    @Path("certificate")
    public Response certificate(EventRequest r) {
        return record(MembershipEventKind.AWARENESS_CERTIFICATE, r, null);
    }

    /** Admission decision of {@code organisationId} on {@code eventDate}; the age is checked on {@code voteDate}. */
    @POST
    @Path("admission")
    public Response admission(EventRequest r) {
        return record(MembershipEventKind.ADMISSION, r, null);
    }

    @POST
    @Path("ceremony")
    public Response ceremony(EventRequest r) {
        return record(MembershipEventKind.CEREMONY, r, null);
    }

    @POST
    @Path("recognition")
    public Response recognition(EventRequest r) {
        return record(MembershipEventKind.RECOGNITION, r, null);
    }

    @POST
    @Path("failed-probation")
    public Response failedProbation(EventRequest r) {
        return record(MembershipEventKind.FAILED_PROBATION, r, null);
    }

    /**
     * {@code direction} OUT or IN, {@code mode} PERMANENT (the member counts nowhere in between) or
     * TEMPORARY (OUT to the host {@code organisationId}, IN when back; counted at home throughout).
     */
    @POST
    @Path("transfers")
    public Response transfer(EventRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.direction(), "direction").required(r.mode(), "mode").throwIfAny();
        boolean out = switch (r.direction()) {
            case "OUT" -> true;
            case "IN" -> false;
            default -> throw new ValidationException("direction", "OUT hoặc IN");
        };
        MembershipEventKind kind = switch (r.mode()) {
            case "PERMANENT" -> out ? MembershipEventKind.TRANSFER_OUT : MembershipEventKind.TRANSFER_IN;
            case "TEMPORARY" -> out ? MembershipEventKind.TEMPORARY_TRANSFER : MembershipEventKind.TEMPORARY_RETURN;
            default -> throw new ValidationException("mode", "PERMANENT hoặc TEMPORARY");
        };
        return record(kind, r, null);
    }

    @POST
    @Path("exemption")
    public Response exemption(EventRequest r) {
        return record(MembershipEventKind.EXEMPTION, r, null);
    }

    /** {@code kind}: REPRIMAND, WARNING or DISMISSAL (expulsion is an exit). */
    @POST
    @Path("disciplines")
    public Response discipline(EventRequest r) {
        new Violations().required(r, "body").throwIfAny();
        DisciplineKind kind = Params.enumValue(DisciplineKind.class, r.kind(), "kind");
        new Violations().required(kind, "kind").throwIfAny();
        return record(MembershipEventKind.DISCIPLINE, r, kind.name());
    }

    /** {@code kind}: REMOVAL, EXPULSION, LEFT_AT_OWN_REQUEST or DEATH. */
    @POST
    @Path("exits")
    public Response exit(EventRequest r) {
        new Violations().required(r, "body").throwIfAny();
        ExitKind kind = Params.enumValue(ExitKind.class, r.kind(), "kind");
        new Violations().required(kind, "kind").throwIfAny();
        return record(MembershipEventKind.EXIT, r, kind.name());
    }

    private Response record(MembershipEventKind kind, EventRequest r, String detail) {
        new Violations().required(r, "body").throwIfAny();
        EventData data = new EventData(kind, r.eventDate(), r.organisationId(), detail, r.decisionRef(),
                r.counterpart(), r.voteDate(), null, false, null);
        return Response.status(Response.Status.CREATED).entity(membership.record(id, data)).build();
    }
}
