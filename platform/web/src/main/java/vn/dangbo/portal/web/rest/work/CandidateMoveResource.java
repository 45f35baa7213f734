package vn.dangbo.portal.web.rest.work;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.work.CandidateHandover;
import vn.dangbo.portal.web.rest.Created;

/** The hand-over workflow of trained candidates who move: move, notice, acknowledgement. */
@Path("/v1/candidate-moves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class CandidateMoveResource {

    public record MoveRequest(Long personId, Long fromOrganisationId, Long toOrganisationId, String destination,
            LocalDate moveDate) {
    }

    public record NoticeRequest(Long issuedById, LocalDate issuedOn) {
    }

    public record AcknowledgementRequest(LocalDate acknowledgedOn, String acknowledgedBy) {
    }

    @EJB
    private CandidateHandover handover;

    @POST
    public Response move(MoveRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.personId(), "personId").required(r.fromOrganisationId(), "fromOrganisationId")
                .throwIfAny();
        return Created.of(handover.recordMove(r.personId(), r.fromOrganisationId(), r.toOrganisationId(),
                r.destination(), r.moveDate()));
    }

    @POST
    @Path("{id}/notices")
    public Response notice(@PathParam("id") long moveId, NoticeRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.issuedById(), "issuedById").throwIfAny();
        return Created.of(handover.issueNotice(moveId, r.issuedById(), r.issuedOn()));
    }

    @POST
    @Path("notices/{noticeId}/acknowledgement")
    public Response acknowledge(@PathParam("noticeId") long noticeId, AcknowledgementRequest r) {
        new Violations().required(r, "body").throwIfAny();
        handover.acknowledge(noticeId, r.acknowledgedOn(), r.acknowledgedBy());
        return Response.noContent().build();
    }
}
