package vn.dangbo.portal.core.security;

import jakarta.ejb.ApplicationException;

/** A service needs a signed-in caller and there is none (answered 401). */
@ApplicationException(rollback = true)
public class NotSignedInException extends SecurityException {

    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("Sign-in required");
    }
}
