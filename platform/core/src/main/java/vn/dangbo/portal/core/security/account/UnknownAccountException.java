package vn.dangbo.portal.core.security.account;

import jakarta.ejb.ApplicationException;

/** No account has this username (answered 404). */
@ApplicationException(rollback = true)
public class UnknownAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String username) {
        super("No account named '" + username + "'");
    }
}
