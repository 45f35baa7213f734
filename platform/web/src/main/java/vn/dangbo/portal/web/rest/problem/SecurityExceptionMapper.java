package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dangbo.portal.core.security.AccessDeniedException;
import vn.dangbo.portal.core.security.NotSignedInException;
import vn.dangbo.portal.web.security.Challenge;

/**
 * A service-layer refusal. The portal's own {@link AccessDeniedException} says which rule refused
 * (403); a service that needs a caller and got none answers 401; any other SecurityException (from
 * a library or the container) is a 403 without its message.
 */
@Provider
public class SecurityExceptionMapper implements ExceptionMapper<SecurityException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(SecurityException exception) {
        return refusal(exception, headers);
    }

    static Response refusal(SecurityException exception, HttpHeaders headers) {
        if (exception instanceof NotSignedInException) {
            return Challenge.unauthorized(headers::getHeaderString, "Sign in first.");
        }
        String detail = exception instanceof AccessDeniedException ? exception.getMessage()
                : "You are not allowed to do this.";
        return Problem.of(403, detail).response().build();
    }
}
