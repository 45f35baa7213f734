package vn.dangbo.portal.host.program;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.api.program.ProvinceProgram;
import vn.dangbo.portal.host.framework.PluginFramework;
import vn.dangbo.portal.host.verify.BundleFacts;

/**
 * The {@link ProvinceProgram} services of enabled plugins, keyed by program code, as they come and
 * go: a stopped bundle's program disappears from here at once (the tracker is told synchronously).
 * A program is tracked only when the province it names matches its bundle's {@code Portal-Province}
 * header, the province its signer was bound to; otherwise it is rejected with the reason.
 */
@Singleton
@Startup
@DependsOn("PluginFramework")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProgramRegistry {

    private static final Logger LOG = Logger.getLogger(ProgramRegistry.class.getName());

    @EJB
    private PluginFramework framework;

    @EJB
    private BoundedCalls calls;

    @EJB
    private FiguresCache figures;

    private final ConcurrentMap<String, ProgramHandle> byCode = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> rejections = new ConcurrentHashMap<>();
    private volatile ServiceTracker<ProvinceProgram, ProgramHandle> tracker;

    @PostConstruct
    void open() {
        tracker = new ServiceTracker<>(framework.context(), ProvinceProgram.class, new Customizer());
        tracker.open();
    }

    @PreDestroy
    void close() {
        ServiceTracker<ProvinceProgram, ProgramHandle> open = tracker;
        tracker = null;
        if (open != null) {
            open.close();
        }
        byCode.clear();
    }

    /** Every tracked program. */
    public Collection<ProgramHandle> programs() {
        return List.copyOf(byCode.values());
    }

    public Optional<ProgramHandle> program(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The program a module's bundle registered, if any. */
    public Optional<ProgramHandle> programOf(long bundleId) {
        return byCode.values().stream().filter(handle -> handle.bundleId() == bundleId).findFirst();
    }

    /** Why a module's program was refused at activation, if it was. */
    public Optional<String> rejection(String symbolicName) {
        return Optional.ofNullable(rejections.get(symbolicName));
    }

    /** Forgets a module's rejection (before it is started again). */
    public void clearRejection(String symbolicName) {
        rejections.remove(symbolicName);
    }

    private final class Customizer implements ServiceTrackerCustomizer<ProvinceProgram, ProgramHandle> {

        @Override
        public ProgramHandle addingService(ServiceReference<ProvinceProgram> reference) {
            Bundle bundle = reference.getBundle();
            ProvinceProgram program = framework.context().getService(reference);
            if (program == null) {
                return null;
            }
            String symbolicName = bundle.getSymbolicName();
            CallOutcome<ProgramIdentity> identity = calls.call(symbolicName, "identity()", program::identity);
            String problem = identity.succeeded() ? check(bundle, identity.value()) : identity.failure();
            if (problem != null) {
                rejections.put(symbolicName, problem);
                LOG.warning(() -> "Program of " + symbolicName + " refused: " + problem);
                framework.context().ungetService(reference);
                return null;
            }
            ProgramHandle handle = new ProgramHandle(identity.value(), symbolicName, bundle.getVersion().toString(),
                    bundle.getBundleId(), program);
            byCode.put(handle.code(), handle);
            figures.programsChanged();
            rejections.remove(symbolicName);
            LOG.info(() -> "Program " + handle.code() + " served by " + symbolicName + " " + handle.bundleVersion());
            return handle;
        }

        @Override
        public void modifiedService(ServiceReference<ProvinceProgram> reference, ProgramHandle handle) {
            // Declarative Services republishes the properties once the program has applied new
            // settings: its figures from before are no longer its figures.
            figures.programsChanged();
        }

        @Override
        public void removedService(ServiceReference<ProvinceProgram> reference, ProgramHandle handle) {
            byCode.remove(handle.code(), handle);
            figures.programsChanged();
            try {
                framework.context().ungetService(reference);
            } catch (IllegalStateException e) {
                // the framework is already stopping
            }
        }

        private String check(Bundle bundle, ProgramIdentity identity) {
            String province = bundle.getHeaders().get(BundleFacts.PROVINCE_HEADER);
            if (identity == null || identity.code() == null) {
                return "Its program has no identity or code";
            }
            if (!identity.provinceCode().equals(province)) {
                return "Its program counts the province '" + identity.provinceCode() + "' but the module was signed "
                        + "for '" + province + "' (" + BundleFacts.PROVINCE_HEADER + ")";
            }
            ProgramHandle other = byCode.get(identity.code());
            if (other != null && other.bundleId() != bundle.getBundleId()) {
                return "The program code '" + identity.code() + "' is already served by " + other.symbolicName();
            }
            return null;
        }
    }

    /** For diagnostics: codes and the modules serving them. */
    public Map<String, String> servedBy() {
        Map<String, String> served = new ConcurrentHashMap<>();
        byCode.forEach((code, handle) -> served.put(code, handle.symbolicName()));
        return served;
    }
}
