package vn.dangbo.portal.host.verify;

/**
 * What a plugin jar says about itself in its manifest.
 *
 * @param symbolicName its Bundle-SymbolicName (the module's key), null when absent
 * @param version      its Bundle-Version, null when absent or invalid
 * @param province     its Portal-Province header: the province whose key must sign it
 * @param name         its Bundle-Name, may be null
 */
public record BundleFacts(String symbolicName, String version, String province, String name) {

    /** The manifest header naming the province a plugin belongs to. */
    public static final String PROVINCE_HEADER = "Portal-Province";
}
