package vn.dangbo.portal.web.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.dangbo.portal.core.error.NotFoundException;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.web.security.Challenge;

/**
 * Exceptions that left an EJB as system exceptions arrive wrapped in EJBException. Unwrapped
 * deliberately: a refused {@code @RolesAllowed} on an EJB (EJBAccessException) and a
 * SecurityException thrown inside a service are refusals (401/403); what the portal raised on
 * purpose (refused input, unknown record) keeps its meaning; anything else is an incident (500)
 * without internal details.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return security.getUserPrincipal() == null
                    ? Challenge.unauthorized(headers::getHeaderString, "Sign in first.")
                    : Problem.of(403, "You are not allowed to do this.").toResponse();
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = next(cause)) {
            if (cause instanceof SecurityException refused) {
                return SecurityExceptionMapper.refusal(refused, headers);
            }
            if (cause instanceof ValidationException v) {
                return ValidationExceptionMapper.problem(v).toResponse();
            }
            if (cause instanceof NotFoundException n) {
                return NotFoundExceptionMapper.problem(n).toResponse();
            }
            if (cause instanceof IllegalArgumentException i) {
                return new Problem("urn:dangbo:problem:invalid-input", "Dữ liệu không hợp lệ", 400, i.getMessage(),
                        null, List.of()).toResponse();
            }
        }
        return UnexpectedExceptionMapper.incident(exception);
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
