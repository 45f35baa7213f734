package vn.dangbo.portal.host.module;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import vn.dangbo.portal.host.config.HostSettings;
import vn.dangbo.portal.host.framework.PluginFramework;
import vn.dangbo.portal.host.module.ModuleStore.StoredModule;
import vn.dangbo.portal.host.module.ModuleStore.StoredVersion;
import vn.dangbo.portal.host.program.ProgramHandle;
import vn.dangbo.portal.host.program.ProgramRegistry;
import vn.dangbo.portal.host.verify.BundleVerifier;
import vn.dangbo.portal.host.verify.ManifestCheck;
import vn.dangbo.portal.host.verify.ResolutionCheck;
import vn.dangbo.portal.host.verify.SignatureCheck;
import vn.dangbo.portal.host.verify.TrustedSigners;
import vn.dangbo.portal.host.verify.VerificationReport;

/**
 * The one owner of plugin bundles. Every way a jar gets in (upload, the watched deploy folder, the
 * built-in plugins of the deployment) comes through {@link #install} or {@link #update}, which
 * verify exactly the bytes they then store and install. The database is the record: each start
 * installs every module's current version from there (enabled ones started, unless in safe mode).
 * Actions are serialised (write lock) and each is written to the audit trail with its outcome.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "PluginFramework", "ProgramRegistry"})
@Lock(LockType.WRITE)
public class ModuleManager {

    private static final Logger LOG = Logger.getLogger(ModuleManager.class.getName());
    private static final String LOCATION = "portal:module:";
    private static final long SERVICE_WAIT_MILLIS = 5_000;

    /** Where a jar came from. */
    public enum Source {
        UPLOAD, DEPLOY_FOLDER, BUILT_IN
    }

    @EJB
    private PluginFramework framework;
    @EJB
    private ProgramRegistry registry;
    @EJB
    private ModuleStore store;
    @EJB
    private ModuleAudit audit;

    /** The caller of an upload through the REST API (administrator or the province's developer). */
    @Inject
    private CurrentUser currentUser;

    private final Map<String, Bundle> bundles = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private HostSettings settings;
    private BundleVerifier verifier;
    private BundleVerifier restoreVerifier;

    @PostConstruct
    void restore() {
        settings = HostSettings.fromEnvironment();
        TrustedSigners signers = TrustedSigners.load(settings.trustStore(), settings.trustStorePassword(),
                settings.signerProvinces());
        ManifestCheck manifest = new ManifestCheck(framework.api());
        SignatureCheck signature = new SignatureCheck(signers);
        verifier = new BundleVerifier(manifest, signature, new ResolutionCheck(framework.context(), framework.wiring()),
                settings.allowUnsigned(), settings.uploadCheckDir());
        restoreVerifier = new BundleVerifier(manifest, signature, null, settings.allowUnsigned(),
                settings.uploadCheckDir());
        if (signers.size() == 0) {
            LOG.warning("The plugin trust store " + settings.trustStore() + " holds no certificate: no signed plugin "
                    + "can be installed");
        }
        if (settings.allowUnsigned()) {
            LOG.warning("*** portal.plugins.allow-unsigned=true: UNSIGNED PLUGINS ARE ACCEPTED. Development only. ***");
        }
        if (settings.safeMode()) {
            LOG.warning("*** SAFE MODE: every plugin stays disabled (portal.safe-mode / PORTAL_SAFE_MODE) ***");
        }
        for (StoredModule module : store.modules()) {
            restore(module);
        }
        // Resolve what stays disabled too, so its state says whether it could run.
        framework.wiring().resolveBundles(bundles.values());
    }

    private void restore(StoredModule module) {
        String name = module.symbolicName();
        try {
            byte[] jar = store.content(module.currentVersionId());
            StoredVersion version = store.version(module.currentVersionId()).orElseThrow();
            // The stored bytes are checked again: a row changed behind the platform's back is refused.
            VerificationReport report = restoreVerifier.verify(jar);
            if (!report.sha256().equals(version.sha256())) {
                throw new IllegalStateException("the stored jar does not match its recorded SHA-256");
            }
            if (!report.accepted()) {
                throw new IllegalStateException(String.join("; ", report.problems()));
            }
            Bundle bundle = framework.context().installBundle(LOCATION + name, new ByteArrayInputStream(jar));
            bundles.put(name, bundle);
            if (module.enabled() && !settings.safeMode()) {
                registry.clearRejection(name);
                bundle.start();
                rejectMismatchedProvince(name, bundle);
            }
            failures.remove(name);
        } catch (BundleException | RuntimeException e) {
            String reason = "Restoring at start failed: " + e.getMessage();
            failures.put(name, reason);
            LOG.log(Level.WARNING, "Module " + name + ": " + reason, e);
            audit.record("system", "RESTORE", name, null, "FAILED", reason);
        }
    }

    /** The pre-install checks alone, changing nothing. */
    public VerificationReport check(byte[] jar, String actor) {
        VerificationReport report = verifier.verify(jar);
        audit.record(actor, "CHECK", report.facts().symbolicName(), report.facts().version(),
                report.accepted() ? "OK" : "REFUSED", report.accepted() ? "checks passed" : String.join("; ",
                        report.problems()));
        return report;
    }

    /** Installs a new module (disabled until enabled). */
    public ModuleView install(byte[] jar, String actor, Source source) {
        VerificationReport report = verified(jar, actor, "INSTALL");
        requireUploaderMayManage(source, report.facts().province());
        String name = report.facts().symbolicName();
        if (store.module(name).isPresent()) {
            refuse(actor, "INSTALL", report, ModuleException.Kind.CONFLICT,
                    "The module " + name + " is already installed; send the new version as an update");
        }
        store.insertModule(name, report.facts().province());
        long versionId = store.insertVersion(name, report.facts().version(), report.sha256(), report.signer(),
                source.name(), jar);
        store.updateModule(name, false, versionId, null, null);
        try {
            Bundle bundle = framework.context().installBundle(LOCATION + name, new ByteArrayInputStream(jar));
            bundles.put(name, bundle);
        } catch (BundleException e) {
            fail(actor, "INSTALL", name, report.facts().version(), "The framework refused to install it: "
                    + e.getMessage());
        }
        failures.remove(name);
        audit.record(actor, "INSTALL", name, report.facts().version(), "OK", detail(source, report));
        return view(name);
    }

    /** Replaces a module's version with another; an enabled module keeps running, on the new version. */
    public ModuleView update(String name, byte[] jar, String actor, Source source) {
        StoredModule module = existing(name, actor, "UPDATE");
        requireUploaderMayManage(source, module.province());
        VerificationReport report = verified(jar, actor, "UPDATE");
        if (!name.equals(report.facts().symbolicName())) {
            refuse(actor, "UPDATE", report, ModuleException.Kind.CONFLICT, "The jar is the module "
                    + report.facts().symbolicName() + ", not " + name);
        }
        if (!module.province().equals(report.facts().province())) {
            refuse(actor, "UPDATE", report, ModuleException.Kind.REFUSED, "The module " + name + " belongs to the "
                    + "province " + module.province() + "; this jar is for " + report.facts().province());
        }
        StoredVersion current = store.version(module.currentVersionId()).orElseThrow();
        if (current.version().equals(report.facts().version())) {
            refuse(actor, "UPDATE", report, ModuleException.Kind.CONFLICT, "Version " + current.version()
                    + " of " + name + " is already installed");
        }
        Optional<StoredVersion> stored = store.version(name, report.facts().version());
        if (stored.isPresent() && !stored.get().sha256().equals(report.sha256())) {
            refuse(actor, "UPDATE", report, ModuleException.Kind.CONFLICT, "Another jar with version "
                    + report.facts().version() + " of " + name + " was installed before; give the new one a new version");
        }
        long versionId = stored.isPresent() ? stored.get().id() : store.insertVersion(name, report.facts().version(),
                report.sha256(), report.signer(), source.name(), jar);
        store.updateModule(name, module.enabled(), versionId, current.id(), null);
        store.pruneVersions(name, versionId, current.id());
        replaceBundle(name, jar, store.content(current.id()), actor, "UPDATE", report.facts().version(),
                module.enabled());
        audit.record(actor, "UPDATE", name, report.facts().version(), "OK", "from " + current.version() + "; "
                + detail(source, report));
        return view(name);
    }

    /**
     * An upload through the API changes a province's module: only an administrator or a developer of
     * that province may. The deploy folder and the built-in plugins are the operator's, not a caller's.
     */
    private void requireUploaderMayManage(Source source, String province) {
        if (source == Source.UPLOAD) {
            currentUser.requireModuleOf(province);
        }
    }

    /** Installs a jar as a new module, or as an update when the module exists with another version. */
    public Optional<ModuleView> installOrUpdate(byte[] jar, String actor, Source source, boolean onlyIfNewer) {
        VerificationReport report = verified(jar, actor, "INSTALL");
        String name = report.facts().symbolicName();
        Optional<StoredModule> module = store.module(name);
        if (module.isEmpty()) {
            return Optional.of(install(jar, actor, source));
        }
        String installed = store.version(module.get().currentVersionId()).orElseThrow().version();
        int order = Version.parseVersion(report.facts().version()).compareTo(Version.parseVersion(installed));
        if (order == 0 || (onlyIfNewer && order < 0)) {
            return Optional.empty();
        }
        return Optional.of(update(name, jar, actor, source));
    }

    /** Returns a module to the version before its last update. */
    public ModuleView rollback(String name, String actor) {
        StoredModule module = existing(name, actor, "ROLLBACK");
        if (module.previousVersionId() == null) {
            fail(actor, "ROLLBACK", name, null, ModuleException.Kind.CONFLICT,
                    "The module " + name + " has no previous version to return to");
        }
        StoredVersion previous = store.version(module.previousVersionId()).orElseThrow();
        StoredVersion current = store.version(module.currentVersionId()).orElseThrow();
        byte[] jar = store.content(previous.id());
        if (!BundleVerifier.sha256(jar).equals(previous.sha256())) {
            fail(actor, "ROLLBACK", name, previous.version(), "The stored jar of version " + previous.version()
                    + " does not match its recorded SHA-256");
        }
        store.updateModule(name, module.enabled(), previous.id(), current.id(), null);
        replaceBundle(name, jar, store.content(current.id()), actor, "ROLLBACK", previous.version(), module.enabled());
        audit.record(actor, "ROLLBACK", name, previous.version(), "OK", "from " + current.version());
        return view(name);
    }

    public ModuleView enable(String name, String actor) {
        StoredModule module = existing(name, actor, "ENABLE");
        String version = store.version(module.currentVersionId()).map(StoredVersion::version).orElse(null);
        Bundle bundle = installedBundle(name, actor, "ENABLE");
        registry.clearRejection(name);
        try {
            bundle.start();
        } catch (BundleException e) {
            String reason = "It could not start: " + e.getMessage();
            failures.put(name, reason);
            fail(actor, "ENABLE", name, version, reason);
        }
        String rejected = rejectMismatchedProvince(name, bundle);
        if (rejected != null) {
            fail(actor, "ENABLE", name, version, ModuleException.Kind.REFUSED, rejected);
        }
        awaitProgram(bundle);
        failures.remove(name);
        store.updateModule(name, true, module.currentVersionId(), module.previousVersionId(), null);
        audit.record(actor, "ENABLE", name, version, "OK", null);
        return view(name);
    }

    public ModuleView disable(String name, String actor) {
        StoredModule module = existing(name, actor, "DISABLE");
        String version = store.version(module.currentVersionId()).map(StoredVersion::version).orElse(null);
        Bundle bundle = bundles.get(name);
        if (bundle != null) {
            try {
                bundle.stop();
            } catch (BundleException e) {
                fail(actor, "DISABLE", name, version, "It could not be stopped: " + e.getMessage());
            }
        }
        failures.remove(name);
        store.updateModule(name, false, module.currentVersionId(), module.previousVersionId(), null);
        audit.record(actor, "DISABLE", name, version, "OK", null);
        return view(name);
    }

    public void uninstall(String name, String actor) {
        StoredModule module = existing(name, actor, "UNINSTALL");
        String version = store.version(module.currentVersionId()).map(StoredVersion::version).orElse(null);
        store.deleteModule(name);
        Bundle bundle = bundles.remove(name);
        if (bundle != null) {
            try {
                bundle.uninstall();
                refresh(bundle);
            } catch (BundleException e) {
                fail(actor, "UNINSTALL", name, version, "It could not be uninstalled: " + e.getMessage());
            }
        }
        failures.remove(name);
        registry.clearRejection(name);
        audit.record(actor, "UNINSTALL", name, version, "OK", null);
    }

    @Lock(LockType.READ)
    public List<ModuleView> modules() {
        List<ModuleView> views = new ArrayList<>();
        for (StoredModule module : store.modules()) {
            views.add(view(module));
        }
        return views;
    }

    @Lock(LockType.READ)
    public ModuleView module(String name) {
        return view(store.module(name).orElseThrow(() -> new ModuleException(ModuleException.Kind.NOT_FOUND,
                "No module " + name + " is installed")));
    }

    @Lock(LockType.READ)
    public List<AuditEntry> audit(String name, int limit) {
        return audit.latest(name, limit);
    }

    /** Whether the platform runs in safe mode (every plugin disabled). */
    @Lock(LockType.READ)
    public boolean safeMode() {
        return settings.safeMode();
    }

    private ModuleView view(String name) {
        return view(store.module(name).orElseThrow());
    }

    private ModuleView view(StoredModule module) {
        String name = module.symbolicName();
        Bundle bundle = bundles.get(name);
        StoredVersion current = store.version(module.currentVersionId()).orElse(null);
        String previous = module.previousVersionId() == null ? null
                : store.version(module.previousVersionId()).map(StoredVersion::version).orElse(null);
        String failure = failures.get(name);
        if (failure == null) {
            failure = registry.rejection(name).orElse(null);
        }
        ModuleState state = failure != null ? ModuleState.FAILED : ModuleState.of(bundle);
        String programCode = bundle == null ? null
                : registry.programOf(bundle.getBundleId()).map(ProgramHandle::code).orElse(null);
        String bundleName = bundle == null ? null : bundle.getHeaders().get("Bundle-Name");
        return new ModuleView(name, bundleName, module.province(), current == null ? null : current.version(), previous,
                module.enabled(), state, failure, programCode, current == null ? null : current.signer(),
                bundle == null ? -1 : bundle.getBundleId());
    }

    private VerificationReport verified(byte[] jar, String actor, String action) {
        VerificationReport report = verifier.verify(jar);
        if (!report.accepted()) {
            int more = report.problems().size() - 1;
            refuse(actor, action, report, ModuleException.Kind.REFUSED, "The jar was refused: "
                    + report.problems().get(0) + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "")
                    + ")" : ""));
        }
        return report;
    }

    /**
     * Switches the module's bundle to {@code jar}; on failure it goes back to {@code fallback} (the
     * version still recorded, since the failed action's database changes roll back).
     */
    private void replaceBundle(String name, byte[] jar, byte[] fallback, String actor, String action, String version,
            boolean enabled) {
        Bundle bundle = installedBundle(name, actor, action);
        registry.clearRejection(name);
        String problem = switchTo(bundle, jar, enabled);
        if (problem == null && enabled) {
            problem = rejectMismatchedProvince(name, bundle);
            if (problem == null) {
                awaitProgram(bundle);
            }
        }
        if (problem != null) {
            registry.clearRejection(name);
            String restored = switchTo(bundle, fallback, enabled);
            if (restored == null) {
                failures.remove(name);
            }
            fail(actor, action, name, version, ModuleException.Kind.FAILED, "Version " + version + " could not take "
                    + "over (" + problem + ")" + (restored == null ? "; the previous version runs again"
                    : "; going back failed too: " + restored));
        }
        failures.remove(name);
    }

    private String switchTo(Bundle bundle, byte[] jar, boolean enabled) {
        try {
            // update() stops an active bundle, installs the new revision and starts it again.
            bundle.update(new ByteArrayInputStream(jar));
            refresh(bundle);
            if (enabled && bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
            return null;
        } catch (BundleException | IllegalStateException e) {
            return e.getMessage();
        }
    }

    /** Stops a bundle whose program names another province than its signer's; returns the reason. */
    private String rejectMismatchedProvince(String name, Bundle bundle) {
        Optional<String> rejection = registry.rejection(name);
        if (rejection.isPresent()) {
            try {
                bundle.stop();
            } catch (BundleException e) {
                LOG.log(Level.WARNING, "Stopping refused module " + name + " failed", e);
            }
            failures.put(name, rejection.get());
            return rejection.get();
        }
        return null;
    }

    /** Waits (briefly) until Declarative Services has registered the bundle's program. */
    private void awaitProgram(Bundle bundle) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SERVICE_WAIT_MILLIS);
        while (registry.programOf(bundle.getBundleId()).isEmpty() && System.nanoTime() < deadline
                && registry.rejection(bundle.getSymbolicName()).isEmpty()) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void refresh(Bundle bundle) {
        CountDownLatch done = new CountDownLatch(1);
        framework.wiring().refreshBundles(List.of(bundle), event -> done.countDown());
        try {
            if (!done.await(30, TimeUnit.SECONDS)) {
                LOG.warning("Refreshing bundle " + bundle.getBundleId() + " took longer than 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private StoredModule existing(String name, String actor, String action) {
        Optional<StoredModule> module = store.module(name);
        if (module.isEmpty()) {
            fail(actor, action, name, null, ModuleException.Kind.NOT_FOUND, "No module " + name + " is installed");
        }
        return module.get();
    }

    private Bundle installedBundle(String name, String actor, String action) {
        Bundle bundle = bundles.get(name);
        if (bundle == null) {
            fail(actor, action, name, null, ModuleException.Kind.CONFLICT, "The module " + name
                    + " is not in the framework (" + failures.getOrDefault(name, "safe mode or a failed restore")
                    + ")");
        }
        return bundle;
    }

    private void refuse(String actor, String action, VerificationReport report, ModuleException.Kind kind,
            String message) {
        audit.record(actor, action, report.facts().symbolicName(), report.facts().version(),
                kind == ModuleException.Kind.REFUSED ? "REFUSED" : "FAILED", message);
        throw new ModuleException(kind, message, report.problems());
    }

    private void fail(String actor, String action, String name, String version, String message) {
        fail(actor, action, name, version, ModuleException.Kind.FAILED, message);
    }

    private void fail(String actor, String action, String name, String version, ModuleException.Kind kind,
            String message) {
        audit.record(actor, action, name, version, kind == ModuleException.Kind.REFUSED ? "REFUSED" : "FAILED",
                message);
        throw new ModuleException(kind, message);
    }

    private static String detail(Source source, VerificationReport report) {
        String signer = report.signer() == null ? "UNSIGNED (development switch)" : "signed by " + report.signer();
        return source.name().toLowerCase().replace('_', '-') + ", " + signer + ", sha256 " + report.sha256();
    }
}
