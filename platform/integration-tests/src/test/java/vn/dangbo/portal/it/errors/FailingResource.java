package vn.dangbo.portal.it.errors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only resource failing the ways real code fails, for {@link NoInternalsIT}. */
@Path("/test/failing")
@PermitAll
public class FailingResource {

    @EJB
    private FailingService service;

    @GET
    @Path("crash")
    public String crash() {
        service.crash();
        return "unreachable";
    }

    @GET
    @Path("refuse")
    public String refuse() {
        service.refuse();
        return "unreachable";
    }

    @GET
    @Path("npe")
    public String npe() {
        throw new NullPointerException(FailingService.SECRET);
    }
}
