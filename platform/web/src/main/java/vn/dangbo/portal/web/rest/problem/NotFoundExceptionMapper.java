package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.dangbo.portal.core.error.NotFoundException;

/** A record named by the request does not exist: 404, naming the field that named it. */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return problem(e).toResponse();
    }

    static Problem problem(NotFoundException e) {
        return new Problem("urn:dangbo:problem:not-found", "Không tìm thấy", 404, e.getMessage(), null,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }
}
