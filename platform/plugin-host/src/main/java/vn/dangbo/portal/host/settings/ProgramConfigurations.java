package vn.dangbo.portal.host.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import vn.dangbo.portal.api.program.ProvinceProgram;
import vn.dangbo.portal.host.framework.PluginFramework;

/**
 * Hands a program its settings through OSGi Configuration Admin, under the program's PID; the
 * program's Declarative Services component receives them in its {@code @Modified} method. The
 * platform and the shipped ConfigAdmin bundle share one copy of the Configuration Admin API (the
 * system bundle exports it), so the service can be used directly.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ProgramConfigurations {

    @EJB
    private PluginFramework framework;

    /** Replaces the program's configuration with these values; no values removes it (defaults apply). */
    public void push(String programCode, Map<String, String> values) {
        BundleContext context = framework.context();
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        if (reference == null) {
            throw new IllegalStateException("Configuration Admin is not running in the plugin framework");
        }
        ConfigurationAdmin admin = context.getService(reference);
        try {
            // "?" binds the configuration to whichever bundle registers the program's component.
            Configuration configuration = admin.getConfiguration(ProvinceProgram.configurationPid(programCode), "?");
            if (values.isEmpty()) {
                configuration.delete();
            } else {
                configuration.update(new Hashtable<>(values));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Configuration Admin refused the settings of " + programCode, e);
        } finally {
            context.ungetService(reference);
        }
    }
}
