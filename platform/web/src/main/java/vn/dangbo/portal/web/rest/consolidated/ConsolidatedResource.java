package vn.dangbo.portal.web.rest.consolidated;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import vn.dangbo.portal.core.security.Roles;
import vn.dangbo.portal.core.territory.ProvinceNames;
import vn.dangbo.portal.host.program.CommonEvaluation;
import vn.dangbo.portal.host.program.CommonFigures;
import vn.dangbo.portal.web.rest.problem.Problem;
import vn.dangbo.portal.web.rest.view.FiguresJson;
import vn.dangbo.portal.web.rest.view.IndicatorResultView;

/**
 * The consolidated view: the common indicators the platform computes for every enabled province
 * program, each beside the province's own target. A disabled plugin's province is gone at once.
 */
@Path("/v1/consolidated")
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ConsolidatedResource {

    @EJB
    private CommonFigures figures;

    @EJB
    private ProvinceNames names;

    @Inject
    private FiguresJson json;

    @Context
    private Providers providers;

    @GET
    public Response get(@QueryParam("year") Integer year) {
        if (year == null || year < 1930 || year > 2100) {
            return Problem.response(Response.Status.BAD_REQUEST, "year-invalid",
                    "Give the year as ?year=YYYY (1930 to 2100)");
        }
        List<CommonEvaluation> all = figures.all(year);
        return json.ok("consolidated/" + year, all, () -> new ConsolidatedView(year, ConsolidatedView.Indicator.all(),
                all.stream().map(this::column).toList()), providers);
    }

    private ConsolidatedView.Province column(CommonEvaluation e) {
        String province = e.identity().provinceCode();
        return new ConsolidatedView.Province(e.code(), province, names.of(province), e.identity().issuingBody(),
                e.identity().document(), e.territory().mode(), IndicatorResultView.of(e.results()),
                e.targetsFailure(), e.failure());
    }
}
