package vn.dangbo.portal.web.rest.work;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.rating.RatingRecorder;
import vn.dangbo.portal.core.work.AdmissionPlanRecorder;
import vn.dangbo.portal.core.work.CommitteeRecorder;
import vn.dangbo.portal.core.work.CommitteeRole;
import vn.dangbo.portal.core.work.PlanKind;
import vn.dangbo.portal.web.rest.Created;

/** Records of one organisation's party work: ratings, committee seats, admission plans. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class OrganisationWorkResource {

    /** {@code {"year": 2024, "grade": "GOOD"}}. */
    public record RatingRequest(Integer year, RatingGrade grade) {
    }

    /** {@code {"year": 2024, "grades": [{"personId": 1, "grade": "EXCELLENT"}]}}. */
    public record MemberRatingsRequest(Integer year, List<MemberGrade> grades) {
    }

    public record MemberGrade(Long personId, RatingGrade grade) {
    }

    /** {@code {"personId": 1, "role": "SECRETARY", "from": "2024-09-01"}}. */
    public record SeatRequest(Long personId, CommitteeRole role, java.time.LocalDate from) {
    }

    /** A YEAR plan (fromYear = toYear) or a TERM plan, with its quota. */
    public record PlanRequest(PlanKind kind, Integer fromYear, Integer toYear, Integer quota,
            java.time.LocalDate adoptedOn) {
    }

    private final long id;
    private final RatingRecorder ratings;
    private final CommitteeRecorder committees;
    private final AdmissionPlanRecorder plans;

    public OrganisationWorkResource(long id, RatingRecorder ratings, CommitteeRecorder committees,
            AdmissionPlanRecorder plans) {
        this.id = id;
        this.ratings = ratings;
        this.committees = committees;
        this.plans = plans;
    }

    @POST
    @Path("rating")
    public Response rate(RatingRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.year(), "year").throwIfAny();
        ratings.rateOrganisation(id, r.year(), r.grade());
        return Response.noContent().build();
    }

    @POST
    @Path("member-ratings")
    public Response rateMembers(MemberRatingsRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.year(), "year").required(r.grades(), "grades").throwIfAny();
        Map<Long, RatingGrade> grades = new LinkedHashMap<>();
        for (int i = 0; i < r.grades().size(); i++) {
            MemberGrade g = r.grades().get(i);
            if (g == null || g.personId() == null || g.grade() == null) {
                throw new ValidationException("grades[" + i + "]", "Cần personId và grade");
            }
            grades.put(g.personId(), g.grade());
        }
        ratings.rateMembers(id, r.year(), grades);
        return Response.noContent().build();
    }

    @POST
    @Path("committee-seats")
    public Response appoint(SeatRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.personId(), "personId").throwIfAny();
        return Created.of(committees.appoint(id, r.personId(), r.role(), r.from()));
    }

    @POST
    @Path("plans")
    public Response plan(PlanRequest r) {
        new Violations().required(r, "body").throwIfAny();
        new Violations().required(r.kind(), "kind").required(r.fromYear(), "fromYear").throwIfAny();
        long planId = r.kind() == PlanKind.YEAR
                ? plans.yearPlan(id, r.fromYear(), r.quota(), r.adoptedOn())
                : plans.termPlan(id, r.fromYear(), r.toYear() == null ? r.fromYear() : r.toYear(), r.quota(),
                        r.adoptedOn());
        return Created.of(planId);
    }
}
