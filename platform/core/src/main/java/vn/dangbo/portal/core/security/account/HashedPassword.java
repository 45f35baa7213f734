package vn.dangbo.portal.core.security.account;

/**
 * A bcrypt password as Elytron's jdbc-realm reads it (bcrypt-mapper): hash and salt Base64-encoded,
 * the cost factor as iteration count.
 */
public record HashedPassword(String hash, String salt, int cost) {
}
