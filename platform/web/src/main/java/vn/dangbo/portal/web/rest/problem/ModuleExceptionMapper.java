package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dangbo.portal.host.module.ModuleException;

/** A refused or failed module action as a problem: 404, 409, 422 or 500 by its kind. */
@Provider
public class ModuleExceptionMapper implements ExceptionMapper<ModuleException> {

    @Override
    public Response toResponse(ModuleException exception) {
        return switch (exception.kind()) {
            case NOT_FOUND -> problem(Response.Status.NOT_FOUND, "module-not-found", exception);
            case CONFLICT -> problem(Response.Status.CONFLICT, "module-conflict", exception);
            case REFUSED -> Problem.response(Problem.UNPROCESSABLE_CONTENT, "Unprocessable Content", "module-refused",
                    exception.getMessage(), exception.problems());
            case FAILED -> problem(Response.Status.INTERNAL_SERVER_ERROR, "module-failed", exception);
        };
    }

    private static Response problem(Response.Status status, String type, ModuleException exception) {
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), type, exception.getMessage(),
                exception.problems());
    }
}
