package vn.dangbo.portal.core.security.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Base64;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * Hashes passwords with bcrypt through Elytron's own password API, the code the jdbc-realm uses to
 * verify them at sign-in: no second bcrypt implementation whose encoding could drift from the
 * realm's. Also enforces the password rules (length; bcrypt reads at most 72 bytes).
 */
public final class BcryptPasswords {

    /** Cost 10: about 70 ms per check on this kind of machine; slows guessing, not people. */
    public static final int DEFAULT_COST = 10;
    public static final int MIN_LENGTH = 10;
    private static final int MAX_BYTES = 72;
    private static final int SALT_BYTES = BCryptPassword.BCRYPT_SALT_SIZE;

    private static final Provider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private final SecureRandom random = new SecureRandom();
    private final int cost;

    public BcryptPasswords() {
        this(DEFAULT_COST);
    }

    public BcryptPasswords(int cost) {
        this.cost = cost;
    }

    /** Checks the password rules; throws {@link InvalidAccountException} naming the broken rule. */
    public static void checkRules(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidAccountException("password", "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidAccountException("password", "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
    }

    public HashedPassword hash(String password) {
        checkRules(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new HashedPassword(base64.encodeToString(hashed.getHash()),
                    base64.encodeToString(hashed.getSalt()), hashed.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    /** Whether the password matches the stored hash, checked the way the jdbc-realm checks it. */
    public boolean matches(String password, HashedPassword stored) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Base64.Decoder base64 = Base64.getDecoder();
            BCryptPassword restored = (BCryptPassword) factory.generatePassword(new IteratedSaltedHashPasswordSpec(
                    base64.decode(stored.hash()), base64.decode(stored.salt()), stored.cost()));
            return factory.verify(restored, password.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }
}
