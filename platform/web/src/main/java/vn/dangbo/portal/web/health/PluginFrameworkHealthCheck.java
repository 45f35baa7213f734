package vn.dangbo.portal.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.dangbo.portal.host.framework.PluginFramework;
import vn.dangbo.portal.host.module.ModuleManager;
import vn.dangbo.portal.host.module.ModuleView;

/**
 * Ready when the plugin framework runs. A failed plugin does not make the portal unready (the other
 * provinces are served), but every module's state and failure reason is listed in the check's data.
 */
@Readiness
@ApplicationScoped
public class PluginFrameworkHealthCheck implements HealthCheck {

    @EJB
    private PluginFramework framework;

    @EJB
    private ModuleManager modules;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("plugin-framework");
        boolean running = framework.isRunning();
        response.status(running).withData("safeMode", modules.safeMode());
        if (running) {
            for (ModuleView module : modules.modules()) {
                response.withData(module.symbolicName(), module.version() + " " + module.state()
                        + (module.failureReason() == null ? "" : ": " + module.failureReason()));
            }
        }
        return response.build();
    }
}
