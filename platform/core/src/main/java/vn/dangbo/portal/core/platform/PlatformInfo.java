package vn.dangbo.portal.core.platform;

/**
 * What the running platform is made of, for administrators and for the tests that prove it.
 *
 * @param apiVersion     the plugin API version the platform provides
 * @param jpaProvider    the class of the JPA provider's entity manager actually in use
 * @param database       product name and version of the connected database
 * @param schemaVersion  the Flyway schema version reached at start-up
 */
public record PlatformInfo(String apiVersion, String jpaProvider, String database, String schemaVersion) {
}
