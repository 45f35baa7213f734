package vn.dangbo.portal.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import vn.dangbo.portal.core.security.account.Account;
import vn.dangbo.portal.core.security.account.AccountGeneration;

/**
 * The account a session's user was found to have, kept in the session so that a signed-in page does
 * not read it from the database on every request; with the {@link AccountGeneration} read
 * <em>before</em> the account was read. It stands for the account only while that generation is still
 * the current one (no account changed since) and the session is signed in as the same user; otherwise
 * CurrentUserFilter reads the account again, and signs a disabled one out.
 *
 * @param username   whose account was read
 * @param account    what was read; null when there is no such account (a user of the identity provider)
 * @param generation the account generation read before the account
 */
record KeptAccount(String username, Account account, long generation) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = KeptAccount.class.getName();

    /** What the session keeps for this user, if it was read under the current generation. */
    static Optional<KeptAccount> in(HttpSession session, String username, long generation) {
        return session.getAttribute(ATTRIBUTE) instanceof KeptAccount kept && kept.currentFor(username, generation)
                ? Optional.of(kept) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    Optional<Account> found() {
        return Optional.ofNullable(account);
    }

    boolean currentFor(String user, long current) {
        return generation == current && username.equals(user);
    }
}
