package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dangbo.portal.web.rest.modules.UploadException;

/** An unusable upload as a 400 problem. */
@Provider
public class UploadExceptionMapper implements ExceptionMapper<UploadException> {

    @Override
    public Response toResponse(UploadException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "upload-invalid", exception.getMessage());
    }
}
