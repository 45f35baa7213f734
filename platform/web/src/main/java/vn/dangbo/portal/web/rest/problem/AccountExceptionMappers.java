package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dangbo.portal.core.security.account.InvalidAccountException;
import vn.dangbo.portal.core.security.account.UnknownAccountException;

/** Account administration errors: a broken rule (400, naming the field) and an unknown account (404). */
public final class AccountExceptionMappers {

    private AccountExceptionMappers() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidAccountException> {
        @Override
        public Response toResponse(InvalidAccountException exception) {
            return Problem.of(400, exception.getMessage()).withField(exception.field()).response().build();
        }
    }

    @Provider
    public static class Unknown implements ExceptionMapper<UnknownAccountException> {
        @Override
        public Response toResponse(UnknownAccountException exception) {
            return Problem.of(404, exception.getMessage()).response().build();
        }
    }
}
