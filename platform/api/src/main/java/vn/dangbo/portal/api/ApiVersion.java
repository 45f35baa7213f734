package vn.dangbo.portal.api;

/**
 * The version of the plugin API that this platform provides. Plugins built against API 1.x run on
 * every 1.y platform with y &ge; x; see docs/plugin-guide.md for the version policy.
 */
public final class ApiVersion {

    /** Major version: changes only with an incompatible change to an exported package. */
    public static final int MAJOR = 1;
    /** Minor version: grows when types or methods are added compatibly. */
    public static final int MINOR = 1;

    private ApiVersion() {
    }

    /** The version as {@code major.minor}. */
    public static String current() {
        return MAJOR + "." + MINOR;
    }
}
