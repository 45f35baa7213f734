package vn.dangbo.portal.testkit.osgi;

import java.util.List;

/**
 * What happened to a plugin jar in the framework.
 *
 * @param symbolicName the bundle's symbolic name, null when it could not be installed
 * @param resolved     whether every package it imports was provided
 * @param programCodes the codes of the ProvinceProgram services it registered and activated
 * @param problems     every problem found, in plain words; empty when the plugin is fine
 */
public record ResolutionReport(String symbolicName, boolean resolved, List<String> programCodes, List<String> problems) {

    public ResolutionReport {
        programCodes = List.copyOf(programCodes);
        problems = List.copyOf(problems);
    }

    /** Whether it resolved, and its program came up without a problem. */
    public boolean ok() {
        return resolved && problems.isEmpty() && !programCodes.isEmpty();
    }

    /** Fails with every problem when the plugin did not come up. */
    public ResolutionReport requireOk() {
        if (!ok()) {
            throw new AssertionError("The plugin " + (symbolicName == null ? "jar" : symbolicName)
                    + " does not come up in the framework:\n  - " + String.join("\n  - ", problems));
        }
        return this;
    }
}
