package vn.dangbo.portal.host.module;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A module action that cannot be done, and why. An application exception: it reaches the caller as
 * it is (not wrapped in an EJBException) and rolls back what the action wrote to the database.
 */
@ApplicationException(rollback = true)
public class ModuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal it is; the REST layer maps it to a status. */
    public enum Kind {
        /** No such module or version. */
        NOT_FOUND,
        /** The action does not fit the module's state (already installed, no previous version...). */
        CONFLICT,
        /** The jar failed the pre-install checks; {@link #problems()} says why. */
        REFUSED,
        /** The framework failed to carry out the action. */
        FAILED
    }

    private final Kind kind;
    private final List<String> problems;

    public ModuleException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public ModuleException(Kind kind, String message, List<String> problems) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> problems() {
        return problems;
    }
}
