package vn.dangbo.portal.web.rest.person;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import vn.dangbo.portal.core.exchange.ImportReport;
import vn.dangbo.portal.core.exchange.PeopleExporter;
import vn.dangbo.portal.core.exchange.PeopleImporter;
import vn.dangbo.portal.web.rest.problem.Params;

/**
 * People with their events as a file (docs/import-format.md): import a CSV or XLSX file, all or
 * nothing, and export one that imports back unchanged.
 */
@Path("/v1/people-files")
@RolesAllowed({Roles.PROVINCIAL_STAFF})
public class PeopleFileResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private PeopleImporter importer;

    @EJB
    private PeopleExporter exporter;

    /**
     * The body is the file itself; {@code format} csv (default) or xlsx, {@code file} its name for the
     * report. 200 with the report when the file was committed, 422 with the report listing every bad
     * row when it was refused (nothing kept).
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@QueryParam("file") String file, @QueryParam("format") String format, InputStream body) {
        ImportReport report = importer.importFile(file, format(format), body);
        return Response.status(report.accepted() ? 200 : 422).type(MediaType.APPLICATION_JSON).entity(report).build();
    }

    /** People with an event at an organisation of {@code province} (everyone when absent). */
    @GET
    @Produces({"text/csv", XLSX})
    public Response export(@QueryParam("province") String province, @QueryParam("format") String format) {
        PeopleImporter.Format f = format(format);
        String checked = exporter.provinceToExport(province);
        StreamingOutput body = out -> exporter.export(checked, f, out);
        String name = "people" + (province == null ? "" : "-" + province) + (f == PeopleImporter.Format.XLSX
                ? ".xlsx" : ".csv");
        return Response.ok(body, f == PeopleImporter.Format.XLSX ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static PeopleImporter.Format format(String value) {
        PeopleImporter.Format f = Params.enumValue(PeopleImporter.Format.class,
                value == null ? null : value.toUpperCase(), "format");
        return f == null ? PeopleImporter.Format.CSV : f;
    }
}
