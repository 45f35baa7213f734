package vn.dangbo.portal.web.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * RESTEasy reports a request body it cannot bind (malformed JSON, wrong types) as a
 * ProcessingException thrown from a MessageBodyReader: that is the client's error (400), told
 * without the parser's message. A ProcessingException from anywhere else is an incident.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            if (frame.getMethodName().equals("readFrom")) {
                return Problem.of(400, "The request body could not be read: send valid JSON of the documented shape.")
                        .response().build();
            }
        }
        return UnexpectedExceptionMapper.incident(exception);
    }
}
