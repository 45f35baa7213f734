package vn.dangbo.portal.core.error;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused by a rule. Carries every violated field with its reason; the REST layer turns it
 * into an application/problem+json response. An application exception: the container rolls the
 * transaction back and hands it to the caller unwrapped.
 */
@ApplicationException(rollback = true)
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String reason) {
        this(List.of(new FieldViolation(field, reason)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The first field refused (most rules refuse one). */
    public String field() {
        return violations.get(0).field();
    }

    /** The reason the first field was refused. */
    public String reason() {
        return violations.get(0).reason();
    }
}
