package vn.dangbo.portal.core.security.account;

import java.time.Instant;
import java.util.Set;
import vn.dangbo.portal.core.security.Role;

/** An account as administrators see it; never carries the password hash. */
public record Account(String username, String displayName, Set<Role> roles, String province, boolean enabled,
        Instant createdAt, Instant passwordChangedAt) {
}
