package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A request body JSON-B cannot read (broken JSON, a date that is not yyyy-MM-dd, an unknown enum
 * value): 400 with the parser's message, instead of RESTEasy's default 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Problem("urn:dangbo:problem:unreadable-body", "Nội dung yêu cầu không đọc được", 400,
                root.getMessage(), null, List.of(new Problem.FieldError("body", root.getMessage()))).toResponse();
    }
}
