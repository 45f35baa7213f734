package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP errors raised by JAX-RS itself (404 no such resource, 405, 415, unreadable JSON...) as
 * problem documents. RESTEasy's own messages may quote URLs and class names, so only the reason
 * phrase is shown; errors the portal raised deliberately ({@link ProblemException}) keep theirs.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (exception instanceof ProblemException) {
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.incident(exception);
        }
        Response.ResponseBuilder response = Problem.of(status, Problem.reason(status)).response();
        // Keep the headers that belong to the status (Allow on 405, Retry-After, WWW-Authenticate).
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }
}
