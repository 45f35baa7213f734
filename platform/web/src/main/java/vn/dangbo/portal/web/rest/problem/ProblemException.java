package vn.dangbo.portal.web.rest.problem;

import jakarta.ws.rs.WebApplicationException;

/** Thrown by resources for an error whose detail is safe and useful to show to the caller. */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.response().build());
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(Problem.of(400, detail).withField(field));
    }
}
