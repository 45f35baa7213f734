package vn.dangbo.portal.host.verify;

import java.util.List;

/**
 * The result of the pre-install checks of a jar.
 *
 * @param facts    what the manifest says (names may be null when it is no bundle)
 * @param sha256   hex SHA-256 of the bytes checked, which are the bytes installed and stored
 * @param signer   the trust-store alias of the signer, null when unsigned (development switch)
 * @param problems every problem found, in plain words; empty when the jar may be installed
 * @param warnings what is allowed but worth saying (an unsigned jar in development mode)
 */
public record VerificationReport(BundleFacts facts, String sha256, String signer, List<String> problems,
        List<String> warnings) {

    public VerificationReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
