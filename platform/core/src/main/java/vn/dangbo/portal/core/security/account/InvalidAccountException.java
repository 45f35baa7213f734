package vn.dangbo.portal.core.security.account;

import jakarta.ejb.ApplicationException;

/** Account data that breaks a rule (answered 400), naming the field and the rule. */
@ApplicationException(rollback = true)
public class InvalidAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidAccountException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
