package vn.dangbo.portal.core.error;

import jakarta.ejb.ApplicationException;

/** A record named by id or code does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public NotFoundException(String field, String what, Object id) {
        super(what + " " + id + " does not exist");
        this.field = field;
    }

    /** The input field that named the missing record. */
    public String field() {
        return field;
    }
}
