package vn.dangbo.portal.host.module;

import java.time.Instant;

/**
 * One module action in the audit trail.
 *
 * @param at           when it happened
 * @param actor        who did it (user name, "deploy-folder", "built-in", "system")
 * @param action       install, update, enable...
 * @param symbolicName the module, null when the jar was not even a bundle
 * @param version      the version concerned
 * @param outcome      OK, REFUSED or FAILED
 * @param detail       what happened, in plain words
 */
public record AuditEntry(Instant at, String actor, String action, String symbolicName, String version,
        String outcome, String detail) {
}
