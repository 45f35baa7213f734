package vn.dangbo.portal.core.security;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do what it asked (answered 403). An EJB application exception, so a service
 * throws it unwrapped (not inside an EJBException) and the transaction is rolled back. Its message
 * is shown to the caller: it names the rule, never personal data.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends SecurityException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
