package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.testkit.osgi.PluginResolution;
import vn.dangbo.portal.testkit.osgi.ResolutionReport;

/**
 * The built (and signed) jar in a real OSGi framework that exports the plugin API as the portal
 * does: it must resolve and its program must come up. Runs after "package" (Failsafe).
 */
class PluginBundleIT {

    @Test
    void resolvesAgainstThePlatformApiAndRegistersItsProgram() {
        ResolutionReport report = PluginResolution.of(Path.of(System.getProperty("plugin.jar"))).check();

        assertThat(report.problems()).isEmpty();
        assertThat(report.programCodes()).containsExactly("${province}");
    }
}
