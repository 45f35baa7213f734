package vn.dangbo.portal.core.security.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.dangbo.portal.core.security.Role;

/** Row of table account (V70), read by Elytron's jdbc-realm at sign-in. */
@Entity
@Table(name = "account")
class AccountEntity {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 64)
    private String passwordHash;

    @Column(name = "password_salt", length = 32)
    private String passwordSalt;

    @Column(name = "password_cost")
    private Integer passwordCost;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "province_code", length = 32)
    private String provinceCode;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected AccountEntity() {
        // for JPA
    }

    AccountEntity(String username, String displayName, Set<Role> roles, String provinceCode, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.roles = new HashSet<>(roles);
        this.provinceCode = provinceCode;
        this.createdAt = utc(createdAt);
    }

    void setPassword(HashedPassword password, Instant changedAt) {
        passwordHash = password.hash();
        passwordSalt = password.salt();
        passwordCost = password.cost();
        passwordChangedAt = utc(changedAt);
    }

    void disable() {
        enabled = false;
    }

    String username() {
        return username;
    }

    boolean enabled() {
        return enabled;
    }

    String provinceCode() {
        return provinceCode;
    }

    HashedPassword password() {
        return passwordHash == null ? null : new HashedPassword(passwordHash, passwordSalt, passwordCost);
    }

    Account toAccount() {
        return new Account(username, displayName, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), provinceCode,
                enabled, instant(createdAt), instant(passwordChangedAt));
    }

    // Timestamps are stored as UTC wall-clock time (TIMESTAMP without time zone on both databases).
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
