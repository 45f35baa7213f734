package vn.dangbo.portal.it.errors;

import jakarta.ejb.Stateless;

/** Test-only service whose failures leave the EJB container as system exceptions (wrapped). */
@Stateless
public class FailingService {

    static final String SECRET = "secret-internals 092085001234";

    public void crash() {
        throw new IllegalStateException(SECRET);
    }

    public void refuse() {
        throw new SecurityException(SECRET);
    }
}
