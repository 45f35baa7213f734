package vn.dangbo.portal.web.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dangbo.portal.core.error.NotFoundException;
import vn.dangbo.portal.core.error.ValidationException;

/**
 * A system exception from an EJB arrives wrapped in {@link EJBException}: unwrap what the portal
 * raised on purpose, and answer anything else as a 500 without internal details.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Override
    public Response toResponse(EJBException e) {
        Throwable cause = e;
        while (cause != null) {
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
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return new Problem("urn:dangbo:problem:internal", "Lỗi hệ thống", 500, "Lỗi không mong đợi; xem nhật ký máy chủ",
                null, List.of()).toResponse();
    }
}
