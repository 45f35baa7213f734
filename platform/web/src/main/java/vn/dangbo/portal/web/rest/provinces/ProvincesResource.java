package vn.dangbo.portal.web.rest.provinces;

import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.core.territory.ProvinceNames;
import vn.dangbo.portal.host.program.CallOutcome;
import vn.dangbo.portal.host.program.CommonEvaluation;
import vn.dangbo.portal.host.program.CommonFigures;
import vn.dangbo.portal.host.program.ProgramEvaluation;
import vn.dangbo.portal.host.program.ProgramHandle;
import vn.dangbo.portal.host.program.ProvincePrograms;
import vn.dangbo.portal.web.rest.consolidated.ConsolidatedView;
import vn.dangbo.portal.web.rest.problem.Problem;
import vn.dangbo.portal.web.rest.view.DrillDownRowView;
import vn.dangbo.portal.web.rest.view.FiguresJson;
import vn.dangbo.portal.web.rest.view.IndicatorDefinitionView;
import vn.dangbo.portal.web.rest.view.IndicatorResultView;
import vn.dangbo.portal.web.rest.view.SectionView;

/**
 * The programs of enabled plugins: identity, indicators, drill-downs, page sections and readings.
 * A disabled plugin's program is gone from here at once; a plugin that fails or hangs gives its own
 * failure reason (in the answer's {@code *Failure} / {@code failure} member), never a 500 for all.
 */
@Path("/v1/provinces")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCIAL_DEVELOPER, Roles.PROVINCIAL_STAFF})
public class ProvincesResource {

    @EJB
    private ProvincePrograms programs;

    @EJB
    private ProvinceNames names;

    @EJB
    private CommonFigures common;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FiguresJson json;

    @Context
    private Providers providers;

    /** The spreadsheet type of the yearly report. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * @param code         the program's code
     * @param identity     what the program is (with its source text)
     * @param module       the module (bundle symbolic name) serving it
     * @param version      that module's version
     * @param provinceName the name of the province it counts
     */
    public record ProgramSummary(String code, ProgramIdentity identity, String module, String version,
            LocalizedText provinceName) {
    }

    /** A program's indicators for a year; a part the plugin failed to give is empty with the reason. */
    public record EvaluationView(String code, int year, List<IndicatorDefinitionView> definitions,
            String definitionsFailure, List<IndicatorResultView> results, String resultsFailure) {

        static EvaluationView of(ProgramEvaluation e) {
            return new EvaluationView(e.code(), e.year(), IndicatorDefinitionView.of(e.definitions()),
                    e.definitionsFailure(), IndicatorResultView.of(e.results()), e.resultsFailure());
        }
    }

    /**
     * What a bounded call gave: the items, or why the plugin failed to give them.
     *
     * @param year the year asked for, null for what does not depend on a year (the readings)
     */
    public record Answer<T>(String code, Integer year, List<T> items, String failure) {
    }

    /**
     * The common indicators the platform computes on the program's territory for a year (as on the
     * consolidated page), each with the program's own target.
     */
    public record CommonView(String code, int year, List<ConsolidatedView.Indicator> indicators,
            List<IndicatorResultView> results, String targetsFailure, String failure) {

        static CommonView of(CommonEvaluation e) {
            return new CommonView(e.code(), e.year(), ConsolidatedView.Indicator.all(),
                    IndicatorResultView.of(e.results()), e.targetsFailure(), e.failure());
        }
    }

    @GET
    public List<ProgramSummary> list() {
        return programs.enabled().stream().map(this::summary).toList();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return programs.program(code)
                .map(handle -> Response.ok(summary(handle)).build())
                .orElseGet(() -> notServed(code));
    }

    @GET
    @Path("{code}/indicators")
    public Response indicators(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return withYear(code, year, handle -> {
            requireFigures(handle);
            ProgramEvaluation evaluation = programs.evaluate(handle, year);
            return json.ok("indicators/" + code + "/" + year, List.of(evaluation),
                    () -> EvaluationView.of(evaluation), providers);
        });
    }

    /** The platform's common indicators on this program's territory for the year. */
    @GET
    @Path("{code}/common")
    public Response common(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return withYear(code, year, handle -> {
            requireFigures(handle);
            CommonEvaluation figures = common.of(handle, year);
            return json.ok("common/" + code + "/" + year, List.of(figures), () -> CommonView.of(figures), providers);
        });
    }

    /**
     * The yearly report as a spreadsheet: the program's indicators, the common indicators and the
     * program's sections for the year (see {@link YearlyReportWorkbook}).
     */
    @GET
    @Path("{code}/report")
    @Produces({XLSX, Problem.MEDIA_TYPE})
    public Response report(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return withYear(code, year, handle -> {
            requireFigures(handle);
            ProgramSummary summary = summary(handle);
            EvaluationView evaluation = EvaluationView.of(programs.evaluate(handle, year));
            CommonView figures = CommonView.of(common.of(handle, year));
            CallOutcome<List<PageSection>> sections = programs.sections(handle, year);
            Answer<SectionView> sectionViews = answer(code, year, sections, SectionView::of);
            byte[] xlsx = new YearlyReportWorkbook().write(new YearlyReportWorkbook.Content(summary.identity(),
                    summary.provinceName(), summary.module(), summary.version(), year, evaluation,
                    figures.indicators(), figures.results(), figures.failure(), sectionViews.items(),
                    sectionViews.failure()));
            String file = "bao-cao-" + code.replaceAll("[^A-Za-z0-9-]", "_") + "-" + year + ".xlsx";
            return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .build();
        });
    }

    /** The organisations that explain an indicator's figure (which branches admitted nobody...). */
    @GET
    @Path("{code}/indicators/{indicator}/drilldown")
    public Response drillDown(@PathParam("code") String code, @PathParam("indicator") String indicator,
            @QueryParam("year") Integer year) {
        return withYear(code, year, handle -> {
            CallOutcome<List<DrillDownRow>> rows = programs.drillDown(handle, indicator, year);
            return Response.ok(answer(code, year, rows, DrillDownRowView::of)).build();
        });
    }

    /** The program's own page sections, as data the page renders as text. */
    @GET
    @Path("{code}/sections")
    public Response sections(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return withYear(code, year, handle -> {
            CallOutcome<List<PageSection>> sections = programs.sections(handle, year);
            return json.ok("sections/" + code + "/" + year, List.of(sections),
                    () -> answer(code, year, sections, SectionView::of), providers);
        });
    }

    /** The settings in force: which reading the program applies. */
    @GET
    @Path("{code}/readings")
    public Response readings(@PathParam("code") String code) {
        Optional<ProgramHandle> handle = programs.program(code);
        if (handle.isEmpty()) {
            return notServed(code);
        }
        CallOutcome<List<Reading>> readings = programs.readings(handle.get());
        return Response.ok(answer(code, null, readings, Function.identity())).build();
    }

    private Response withYear(String code, Integer year, Function<ProgramHandle, Response> then) {
        if (year == null || year < 1930 || year > 2100) {
            return Problem.response(Response.Status.BAD_REQUEST, "year-invalid",
                    "Give the year as ?year=YYYY (1930 to 2100)");
        }
        return programs.program(code).map(then).orElseGet(() -> notServed(code));
    }

    private static <A, T> Answer<T> answer(String code, Integer year, CallOutcome<List<A>> outcome,
            Function<A, T> view) {
        List<T> items = outcome.succeeded() && outcome.value() != null
                ? outcome.value().stream().map(view).toList() : List.of();
        return new Answer<>(code, year, items, outcome.failure());
    }

    private ProgramSummary summary(ProgramHandle handle) {
        return new ProgramSummary(handle.code(), handle.identity(), handle.symbolicName(), handle.bundleVersion(),
                names.of(handle.identity().provinceCode()));
    }

    /** Central staff and administrators see every province's figures; staff and developers their own. */
    private void requireFigures(ProgramHandle handle) {
        currentUser.requireFiguresOf(handle.identity().provinceCode());
    }

    private static Response notServed(String code) {
        return Problem.response(Response.Status.NOT_FOUND, "program-not-found",
                "No enabled plugin serves the program '" + code + "'");
    }
}
