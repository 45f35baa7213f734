package vn.dangbo.portal.host.module;

import org.osgi.framework.Bundle;

/** The state of a module as administrators see it. */
public enum ModuleState {
    /** Stored but not in the framework (safe mode, or its jar could not be installed). */
    STORED,
    INSTALLED,
    RESOLVED,
    STARTING,
    ACTIVE,
    STOPPING,
    /** Its last action or its activation failed; the module's failure reason says why. */
    FAILED;

    static ModuleState of(Bundle bundle) {
        if (bundle == null) {
            return STORED;
        }
        return switch (bundle.getState()) {
            case Bundle.RESOLVED -> RESOLVED;
            case Bundle.STARTING -> STARTING;
            case Bundle.ACTIVE -> ACTIVE;
            case Bundle.STOPPING -> STOPPING;
            default -> INSTALLED;
        };
    }
}
