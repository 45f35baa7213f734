/**
 * The plugin host: Apache Felix embedded in the platform, and the one owner of plugin bundles.
 * <ul>
 * <li>{@code framework}: starts and stops the framework with the application and exports the plugin
 * API packages to bundles;</li>
 * <li>{@code verify}: the checks a jar passes before anything is installed (signature and province,
 * manifest, API range, dry-run resolution);</li>
 * <li>{@code module}: the module lifecycle (install, enable, disable, update, rollback, uninstall),
 * kept in the database with its audit trail and restored at start;</li>
 * <li>{@code program}: the tracker of {@code ProvinceProgram} services and the bounded calls into
 * them.</li>
 * </ul>
 * Nothing here is seen by plugins: they see only the API packages the framework exports.
 */
package vn.dangbo.portal.host;
