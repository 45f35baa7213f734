package vn.dangbo.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import vn.dangbo.portal.core.security.Caller;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.security.Role;
import vn.dangbo.portal.core.security.account.Account;
import vn.dangbo.portal.core.security.account.AccountGeneration;
import vn.dangbo.portal.core.security.account.AccountStore;
import vn.dangbo.portal.core.settings.Setting;
import vn.dangbo.portal.core.territory.ProvinceTerritories;

/**
 * Tells {@link CurrentUser} who calls, once per request: the username and roles Elytron
 * authenticated, and the province the account is bound to. An account disabled while its session
 * lives is signed out here, on its next request.
 *
 * <p>A session keeps its user's account ({@link KeptAccount}) with the {@link AccountGeneration} read
 * before the account was read, and reads the account again only once the generation has moved, i.e.
 * after some account was changed: a signed-in page costs no database lookup per request, and a disable
 * still takes effect on the very next request. Roles still come from Elytron on every request.
 * Requests without a session (HTTP Basic, a bearer token) read the account every time.
 */
public class CurrentUserFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Setting PROVINCE_CLAIM = new Setting("portal.oidc.province-claim", "PORTAL_OIDC_PROVINCE_CLAIM");

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountStore accounts;

    @EJB
    private AccountGeneration generation;

    @Inject
    private ProvinceTerritories territories;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            Optional<Account> account = accountOf(request, principal.getName());
            if (account.isPresent() && !account.get().enabled()) {
                signOut(request);
                Challenge.unauthorized(request, response, "This account is disabled.");
                return;
            }
            currentUser.identify(callerOf(request, account, territories));
        }
        chain.doFilter(request, response);
    }

    /** The user's account as the session keeps it, or else as read now (and then kept). */
    private Optional<Account> accountOf(HttpServletRequest request, String username) {
        // Read before the account: an account changed after this read moves the generation again, so
        // what is kept below is read again on the next request instead of being used stale.
        long current = generation.current();
        HttpSession session = request.getSession(false);
        Optional<KeptAccount> kept = session == null ? Optional.empty() : KeptAccount.in(session, username, current);
        if (kept.isPresent()) {
            return kept.get().found();
        }
        Optional<Account> account = accounts.find(username);
        if (session != null && account.map(Account::enabled).orElse(true)) {
            new KeptAccount(username, account.orElse(null), current).keepIn(session);
        }
        return account;
    }

    /**
     * The caller Elytron authenticated: its roles from the security domain (the jdbc-realm's
     * account_role, or the token's roles under OIDC), its province from the account or else from
     * the token's province claim (PORTAL_OIDC_PROVINCE_CLAIM, default "province"), with the former
     * provinces that province holds since the 2025 mergers.
     */
    public static Caller callerOf(HttpServletRequest request, Optional<Account> account,
            ProvinceTerritories territories) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        Principal principal = request.getUserPrincipal();
        String province = account.map(Account::province)
                .or(() -> TokenClaims.claim(principal, PROVINCE_CLAIM.value().orElse("province")))
                .orElse(null);
        return new Caller(principal.getName(), roles, province, territories.heldBy(province));
    }

    static void signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
