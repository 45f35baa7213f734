package vn.dangbo.portal.host.framework;

import java.util.List;

/**
 * The bundles the platform ships inside its own jar and installs before any plugin: Declarative
 * Services (Felix SCR with the DS, promise and function APIs it needs) and Configuration Admin.
 * Never downloaded at run time; the build copies them into this package (see the module's POM).
 */
final class FrameworkBundles {

    /** In installation order; each is a resource next to this class under bundles/. */
    static final List<String> SHIPPED = List.of(
            "org.osgi.util.function.jar",
            "org.osgi.util.promise.jar",
            "org.osgi.service.component.jar",
            "org.apache.felix.configadmin.jar",
            "org.apache.felix.scr.jar");

    private FrameworkBundles() {
    }

    static String resource(String jar) {
        return "bundles/" + jar;
    }
}
