package vn.dangbo.portal.host.module;

/**
 * A module as the admin API shows it.
 *
 * @param symbolicName    its key: the bundle's symbolic name
 * @param name            the bundle's name
 * @param province        the province it belongs to (Portal-Province, bound to its signer)
 * @param version         the version installed
 * @param previousVersion the version a rollback returns to, null when none
 * @param enabled         whether it should run
 * @param state           its state in the framework
 * @param failureReason   why it failed, null when it did not
 * @param programCode     the code of the program it registers, null while none is registered
 * @param signer          trust-store alias of its signer, null for an unsigned development jar
 * @param bundleId        the framework's id of its bundle, -1 when not installed
 */
public record ModuleView(String symbolicName, String name, String province, String version, String previousVersion,
        boolean enabled, ModuleState state, String failureReason, String programCode, String signer, long bundleId) {
}
