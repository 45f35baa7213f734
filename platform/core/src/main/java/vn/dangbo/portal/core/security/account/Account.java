package vn.dangbo.portal.core.security.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import vn.dangbo.portal.core.security.Role;

/**
 * An account as administrators see it; never carries the password hash. Serializable: a session keeps
 * its caller's account (CurrentUserFilter).
 */
public record Account(String username, String displayName, Set<Role> roles, String province, boolean enabled,
        Instant createdAt, Instant passwordChangedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
