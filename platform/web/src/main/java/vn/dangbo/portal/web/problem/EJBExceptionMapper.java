package vn.dangbo.portal.web.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dangbo.portal.web.security.Challenge;

/**
 * Exceptions that left an EJB as system exceptions arrive wrapped in EJBException. Unwrapped
 * deliberately: a refused {@code @RolesAllowed} on an EJB (EJBAccessException) and a
 * SecurityException thrown inside a service are refusals (401/403), not server errors; anything
 * else is an incident (500). The portal's own exceptions are EJB application exceptions and are
 * never wrapped.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return security.getUserPrincipal() == null
                    ? Challenge.unauthorized(headers::getHeaderString, "Sign in first.")
                    : Problem.of(403, "You are not allowed to do this.").response().build();
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SecurityException refused) {
                return SecurityExceptionMapper.refusal(refused, headers);
            }
        }
        return UnexpectedExceptionMapper.incident(exception);
    }
}
