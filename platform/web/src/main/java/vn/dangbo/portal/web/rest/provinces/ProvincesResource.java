package vn.dangbo.portal.web.rest.provinces;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.host.program.ProgramHandle;
import vn.dangbo.portal.host.program.ProvincePrograms;
import vn.dangbo.portal.web.rest.problem.Problem;

/**
 * The programs of enabled plugins and their indicators. A disabled plugin's program is gone from
 * here at once; a plugin that fails or hangs gives its own failure reason, never a 500 for all.
 */
@Path("/v1/provinces")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCIAL_DEVELOPER, Roles.PROVINCIAL_STAFF})
public class ProvincesResource {

    @EJB
    private ProvincePrograms programs;

    /**
     * @param code     the program's code
     * @param identity what the program is
     * @param module   the module (bundle symbolic name) serving it
     * @param version  that module's version
     */
    public record ProgramSummary(String code, ProgramIdentity identity, String module, String version) {
        static ProgramSummary of(ProgramHandle handle) {
            return new ProgramSummary(handle.code(), handle.identity(), handle.symbolicName(), handle.bundleVersion());
        }
    }

    @GET
    public List<ProgramSummary> list() {
        return programs.enabled().stream().map(ProgramSummary::of).toList();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return programs.program(code)
                .map(handle -> Response.ok(ProgramSummary.of(handle)).build())
                .orElseGet(() -> notServed(code));
    }

    @GET
    @Path("{code}/indicators")
    public Response indicators(@PathParam("code") String code, @QueryParam("year") Integer year) {
        if (year == null || year < 1930 || year > 2100) {
            return Problem.response(Response.Status.BAD_REQUEST, "year-invalid",
                    "Give the year as ?year=YYYY (1930 to 2100)");
        }
        return programs.evaluate(code, year)
                .map(evaluation -> Response.ok(evaluation).build())
                .orElseGet(() -> notServed(code));
    }

    private static Response notServed(String code) {
        return Problem.response(Response.Status.NOT_FOUND, "program-not-found",
                "No enabled plugin serves the program '" + code + "'");
    }
}
