package vn.dangbo.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import vn.dangbo.portal.core.personal.PersonalDataMasking;
import vn.dangbo.portal.core.security.signin.SignInThrottle;
import vn.dangbo.portal.core.security.signin.ThrottlePolicy;

/**
 * Every password sign-in of the portal (session and Basic) goes through here: throttled first, then
 * {@link HttpServletRequest#login}, which Elytron answers from the jdbc-realm of the security
 * domain "portal". Logs each outcome (username and client address, never the password).
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    public enum Result { SIGNED_IN, REFUSED, THROTTLED }

    /** @param retryAfter how long a throttled client must wait (zero otherwise) */
    public record Outcome(Result result, Duration retryAfter) {
    }

    private final SignInThrottle throttle =
            new SignInThrottle(ThrottlePolicy.PER_USERNAME, ThrottlePolicy.PER_ADDRESS, Clock.systemUTC());

    public Outcome attempt(HttpServletRequest request, String username, String password) {
        String address = request.getRemoteAddr();
        String shown = PersonalDataMasking.forLog(username.length() > 64 ? username.substring(0, 64) : username);
        var wait = throttle.waitBefore(username, address);
        if (wait.isPresent()) {
            LOG.warning(() -> "Sign-in of '" + shown + "' from " + address + " throttled for " + wait.get().toSeconds() + " s");
            return new Outcome(Result.THROTTLED, wait.get());
        }
        try {
            request.login(username, password);
        } catch (ServletException refused) {
            throttle.failed(username, address);
            LOG.warning(() -> "Sign-in of '" + shown + "' from " + address + " refused");
            return new Outcome(Result.REFUSED, Duration.ZERO);
        }
        throttle.succeeded(username);
        LOG.info(() -> "Signed in '" + shown + "' from " + address);
        return new Outcome(Result.SIGNED_IN, Duration.ZERO);
    }

    /** Retry-After in whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
