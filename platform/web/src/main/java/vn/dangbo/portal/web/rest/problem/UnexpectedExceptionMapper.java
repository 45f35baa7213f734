package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dangbo.portal.core.personal.PersonalDataMasking;

/**
 * The catch-all: any exception no other mapper claims is a 500 whose body names only an incident
 * id. The stack trace goes to the server log under that id (with national IDs and dates masked in
 * the message), never to the caller.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return incident(exception);
    }

    static Response incident(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        if (LOG.isLoggable(Level.SEVERE)) {
            LOG.log(Level.SEVERE, "Incident " + incident, masked(exception, 0));
        }
        return Problem.of(500, "The request failed on the server; report incident " + incident
                + " to the administrator.").withIncident(incident).response().build();
    }

    /**
     * The same exception chain with every message passed through {@link PersonalDataMasking#forLog}
     * (a message may quote a national ID or a date of birth), keeping class names and stack frames.
     */
    static Throwable masked(Throwable exception, int depth) {
        if (exception == null || depth > 20) {
            return null;
        }
        String message = exception.getClass().getName()
                + (exception.getMessage() == null ? "" : ": " + PersonalDataMasking.forLog(exception.getMessage()));
        Throwable copy = new Throwable(message, masked(exception.getCause(), depth + 1)) {
            private static final long serialVersionUID = 1L;

            @Override
            public String toString() {
                return getMessage();
            }
        };
        copy.setStackTrace(exception.getStackTrace());
        return copy;
    }
}
