package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * RESTEasy reports a request body it cannot bind (broken JSON, a date that is not yyyy-MM-dd, an
 * unknown enum value) as a ProcessingException thrown from a MessageBodyReader: that is the
 * client's error (400, field {@code body}), told without the parser's message (it names classes
 * and the JSON library). A ProcessingException from anywhere else is an incident.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final String DETAIL =
            "Nội dung yêu cầu không đọc được: gửi JSON đúng dạng (ngày yyyy-MM-dd, giá trị liệt kê đúng tên).";

    @Override
    public Response toResponse(ProcessingException exception) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            if (frame.getMethodName().equals("readFrom")) {
                return new Problem("urn:dangbo:problem:unreadable-body", "Bad Request", 400, DETAIL, null,
                        List.of(new Problem.FieldError("body", DETAIL))).toResponse();
            }
        }
        return UnexpectedExceptionMapper.incident(exception);
    }
}
