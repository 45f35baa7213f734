/**
 * The in-framework check for plugin authors: {@link vn.dangbo.portal.testkit.osgi.PluginResolution}
 * starts Apache Felix the way the portal does (the plugin API, the program-support library and
 * Configuration Admin's API exported by the system bundle at the versions their manifests state;
 * Declarative Services and Configuration Admin installed), installs a plugin jar and reports whether
 * it resolves and its program comes up.
 */
package vn.dangbo.portal.testkit.osgi;
