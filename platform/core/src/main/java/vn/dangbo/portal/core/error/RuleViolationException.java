package vn.dangbo.portal.core.error;

import jakarta.ejb.ApplicationException;

/**
 * A party-work rule refused an input that is well formed: an age outside 18-60, a certificate that
 * expired, a recognition before the 12 months of probation, an event out of the member lifecycle.
 * {@link #rule()} names the rule so callers and tests can tell them apart.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public RuleViolationException(String rule, String field, String reason) {
        super(field, reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
