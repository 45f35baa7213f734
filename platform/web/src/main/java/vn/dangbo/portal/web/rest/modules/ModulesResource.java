package vn.dangbo.portal.web.rest.modules;

import vn.dangbo.portal.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.dangbo.portal.host.module.AuditEntry;
import vn.dangbo.portal.host.module.ModuleManager;
import vn.dangbo.portal.host.module.ModuleView;
import vn.dangbo.portal.host.verify.VerificationReport;
import vn.dangbo.portal.web.rest.problem.Problem;

/**
 * Module administration: list, upload, dry-run check, enable, disable, update, rollback, delete and
 * the audit trail. A jar is sent as the whole body ({@code application/octet-stream}) or as the
 * part {@code file} of a {@code multipart/form-data} form. Refusals come back as
 * {@code application/problem+json} with every failed check.
 */
@Path("/v1/modules")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Roles.ADMIN})
public class ModulesResource {

    /** Larger than any plugin should ever be; protects the server's memory. */
    static final int MAX_JAR_BYTES = 20 * 1024 * 1024;

    @EJB
    private ModuleManager modules;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @GET
    public List<ModuleView> list() {
        return modules.modules();
    }

    @GET
    @Path("{name}")
    public ModuleView get(@PathParam("name") String name) {
        return modules.module(name);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCIAL_DEVELOPER})
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(InputStream body) throws IOException {
        return created(modules.install(read(body), actor(), ModuleManager.Source.UPLOAD));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCIAL_DEVELOPER})
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(List<EntityPart> parts) throws IOException {
        return created(modules.install(read(parts), actor(), ModuleManager.Source.UPLOAD));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCIAL_DEVELOPER})
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public VerificationReport check(InputStream body) throws IOException {
        return modules.check(read(body), actor());
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCIAL_DEVELOPER})
    @POST
    @Path("check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public VerificationReport checkForm(List<EntityPart> parts) throws IOException {
        return modules.check(read(parts), actor());
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCIAL_DEVELOPER})
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public ModuleView update(@PathParam("name") String name, InputStream body) throws IOException {
        return modules.update(name, read(body), actor(), ModuleManager.Source.UPLOAD);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCIAL_DEVELOPER})
    @PUT
    @Path("{name}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ModuleView updateForm(@PathParam("name") String name, List<EntityPart> parts) throws IOException {
        return modules.update(name, read(parts), actor(), ModuleManager.Source.UPLOAD);
    }

    @POST
    @Path("{name}/enable")
    public ModuleView enable(@PathParam("name") String name) {
        return modules.enable(name, actor());
    }

    @POST
    @Path("{name}/disable")
    public ModuleView disable(@PathParam("name") String name) {
        return modules.disable(name, actor());
    }

    @POST
    @Path("{name}/rollback")
    public ModuleView rollback(@PathParam("name") String name) {
        return modules.rollback(name, actor());
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        modules.uninstall(name, actor());
        return Response.noContent().build();
    }

    @GET
    @Path("audit")
    public List<AuditEntry> audit(@QueryParam("module") String module,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return modules.audit(module, Math.max(1, Math.min(limit, 1000)));
    }

    @GET
    @Path("{name}/audit")
    public List<AuditEntry> moduleAudit(@PathParam("name") String name,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return modules.audit(name, Math.max(1, Math.min(limit, 1000)));
    }

    private Response created(ModuleView view) {
        return Response.created(uri.getBaseUriBuilder().path("v1/modules").path(view.symbolicName()).build())
                .entity(view).build();
    }

    private String actor() {
        return security != null && security.getUserPrincipal() != null ? security.getUserPrincipal().getName()
                : "anonymous";
    }

    private static byte[] read(List<EntityPart> parts) throws IOException {
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                return read(part.getContent());
            }
        }
        throw new UploadException("The form has no part named 'file' carrying the jar");
    }

    private static byte[] read(InputStream body) throws IOException {
        if (body == null) {
            throw new UploadException("The request has no body: send the plugin jar");
        }
        byte[] bytes = body.readNBytes(MAX_JAR_BYTES + 1);
        if (bytes.length > MAX_JAR_BYTES) {
            throw new UploadException("The jar is larger than " + MAX_JAR_BYTES / (1024 * 1024) + " MB");
        }
        if (bytes.length == 0) {
            throw new UploadException("The request body is empty: send the plugin jar");
        }
        return bytes;
    }
}
