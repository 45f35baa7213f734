package vn.dangbo.portal.core.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;

/**
 * The caller of the current request, for service-layer checks: inject it into an EJB or a CDI bean
 * and call a {@code require...} method before touching a province's data. The web layer
 * (CurrentUserFilter) identifies the caller once per request from the container's authenticated
 * identity (Elytron) and the account's province binding; when nothing did (no HTTP request, e.g. a
 * timer), the caller is anonymous and every {@code require...} refuses: the checks fail closed.
 */
@RequestScoped
public class CurrentUser {

    private Caller caller = Caller.ANONYMOUS;

    /** Called by the web layer only, once per request. */
    public void identify(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    public boolean authenticated() {
        return caller.authenticated();
    }

    public String username() {
        return caller.username();
    }

    public Optional<String> province() {
        return caller.boundProvince();
    }

    /** The former provinces whose records the caller's province holds today (empty when not bound). */
    public java.util.Set<String> territory() {
        return caller.territory();
    }

    public boolean has(Role role) {
        return caller.has(role);
    }

    /** Refuses unless the caller has at least one of these roles. */
    public void requireAnyRole(Role... roles) {
        requireSignedIn();
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            throw new AccessDeniedException("Requires one of the roles " + Arrays.toString(roles));
        }
    }

    /** Refuses unless the caller is staff of this province (its organisations and people). */
    public void requireProvince(String provinceCode) {
        requireSignedIn();
        if (!caller.isStaffOf(provinceCode)) {
            throw new AccessDeniedException("Only the staff of province " + provinceCode + " may do this");
        }
    }

    /**
     * Refuses unless the caller is staff of the province a stored record belongs to. The refusal
     * names the record the caller asked for, never its province: an id of another province's record
     * tells the caller no more than that it exists.
     */
    public void requireOwnRecord(String recordProvince, String record) {
        requireSignedIn();
        if (!caller.isStaffOf(recordProvince)) {
            throw new AccessDeniedException(record + " belongs to another province: only the staff of its own "
                    + "province may read or change it");
        }
    }

    /** Refuses unless the caller may see this province's figures and pages. */
    public void requireFiguresOf(String provinceCode) {
        requireSignedIn();
        if (!caller.maySeeFiguresOf(provinceCode)) {
            throw new AccessDeniedException("Not allowed to see the figures of province " + provinceCode);
        }
    }

    /** Refuses unless the caller may upload or update this province's module. */
    public void requireModuleOf(String provinceCode) {
        requireSignedIn();
        if (!caller.mayManageModuleOf(provinceCode)) {
            throw new AccessDeniedException("Only an administrator or a developer of province " + provinceCode
                    + " may change its module");
        }
    }

    /** Whether the caller sees a person of this province's sensitive data unmasked. */
    public boolean maySeePersonalDataOf(String provinceCode) {
        return caller.maySeePersonalDataOf(provinceCode);
    }

    private void requireSignedIn() {
        if (!caller.authenticated()) {
            throw new NotSignedInException();
        }
    }
}
