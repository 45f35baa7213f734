package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dangbo.portal.core.error.RuleViolationException;
import vn.dangbo.portal.core.error.ValidationException;

/**
 * Refused input: 400 for malformed or missing fields, 422 when a party-work rule refused input that
 * is well formed (age, certificate, probation, lifecycle).
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException e) {
        return problem(e).toResponse();
    }

    static Problem problem(ValidationException e) {
        var errors = e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList();
        if (e instanceof RuleViolationException rule) {
            return new Problem("urn:dangbo:problem:rule-violation", "Vi phạm quy định", 422, e.getMessage(), rule.rule(),
                    errors);
        }
        return new Problem("urn:dangbo:problem:invalid-input", "Dữ liệu không hợp lệ", 400, e.getMessage(), null,
                errors);
    }
}
