package vn.dangbo.portal.host.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * At start, hands every program its stored settings: Configuration Admin's own store lives in the
 * framework cache, which is rebuilt from the database at each start.
 */
@Singleton
@Startup
@DependsOn("ModuleManager")
public class SettingsRestorer {

    private static final Logger LOG = Logger.getLogger(SettingsRestorer.class.getName());

    @EJB
    private ProgramSettingStore store;
    @EJB
    private ProgramConfigurations configurations;

    @PostConstruct
    void restore() {
        store.all().forEach((code, values) -> {
            configurations.push(code, values);
            LOG.info(() -> "Settings of program " + code + " restored: " + values);
        });
    }
}
