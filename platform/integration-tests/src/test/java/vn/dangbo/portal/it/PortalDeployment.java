package vn.dangbo.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal WAR exactly as the build made it (platform/web/target/portal.war), to which each test
 * adds its own classes. Tests therefore run against the real application, not a reduced copy.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive war() {
        String path = System.getProperty("portal.war");
        if (path == null) {
            throw new IllegalStateException("System property portal.war is not set: run the tests through Maven");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("The portal WAR is missing at " + war + ": build platform/web first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(PortalDeployment.class, PortalHttp.class);
    }

    /** The database the server under test was started with: h2 or postgresql. */
    public static String expectedDatabase() {
        return System.getProperty("portal.db.driver", "h2");
    }
}
