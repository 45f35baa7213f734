package vn.dangbo.portal.testkit.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import vn.dangbo.portal.api.program.ProvinceProgram;

/**
 * Checks a built plugin jar in a real Apache Felix, set up as the portal sets up its own: does it
 * resolve against the platform's exports, and does its {@link ProvinceProgram} come up, for the
 * province its manifest names? For a plugin's own tests (after {@code package}, e.g. a Failsafe IT):
 * <pre>
 *   PluginResolution.of(Path.of("target/my-plugin-1.0.0.jar")).check().requireOk();
 * </pre>
 * Signatures are not checked here (the portal does that, with its trust store); class loading,
 * imports and component activation are.
 */
public final class PluginResolution {

    private static final String PROVINCE_HEADER = "Portal-Province";

    private final Path jar;
    private Duration timeout = Duration.ofSeconds(10);

    private PluginResolution(Path jar) {
        this.jar = jar;
    }

    public static PluginResolution of(Path jar) {
        return new PluginResolution(jar);
    }

    /** How long the program may take to come up after the bundle started (10 s unless told). */
    public PluginResolution timeout(Duration value) {
        this.timeout = value;
        return this;
    }

    /** Starts a framework, installs the jar, reports and stops the framework again. */
    public ResolutionReport check() {
        if (!Files.isRegularFile(jar)) {
            return new ResolutionReport(null, false, List.of(), List.of("There is no jar at " + jar.toAbsolutePath()));
        }
        Path storage;
        try {
            storage = Files.createTempDirectory("portal-resolution");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Framework framework = new FrameworkFactory().newFramework(properties(storage));
        try {
            framework.init();
            installShipped(framework.getBundleContext());
            framework.start();
            return checkIn(framework.getBundleContext());
        } catch (BundleException e) {
            throw new IllegalStateException("The test framework did not start: " + e.getMessage(), e);
        } finally {
            stop(framework);
            deleteQuietly(storage);
        }
    }

    private ResolutionReport checkIn(BundleContext context) {
        List<String> problems = new ArrayList<>();
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context.installBundle(jar.toUri().toString(), in);
        } catch (BundleException | IOException e) {
            return new ResolutionReport(null, false, List.of(), List.of("It cannot be installed: " + e.getMessage()));
        }
        String province = bundle.getHeaders().get(PROVINCE_HEADER);
        if (province == null) {
            problems.add("The manifest has no " + PROVINCE_HEADER + " header (set it in bnd.bnd)");
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            problems.add("It does not resolve against the platform's exports: " + e.getMessage());
            return new ResolutionReport(bundle.getSymbolicName(), false, List.of(), problems);
        }
        List<Registered> programs = programs(context, bundle, problems);
        for (Registered program : programs) {
            if (province != null && !province.equals(program.province())) {
                problems.add("Its program counts the province '" + program.province() + "' but the manifest names '"
                        + province + "': the portal refuses it on activation");
            }
        }
        return new ResolutionReport(bundle.getSymbolicName(), true,
                programs.stream().map(Registered::code).toList(), problems);
    }

    /** A program the bundle registered: its code and the province it counts. */
    private record Registered(String code, String province) {
    }

    /** Every program the bundle registered, waiting up to the time-out for one. */
    private List<Registered> programs(BundleContext context, Bundle bundle, List<String> problems) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceReference<ProvinceProgram>> references = references(context, bundle);
        while (references.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            references = references(context, bundle);
        }
        if (references.isEmpty()) {
            problems.add("It started but registered no ProvinceProgram service within " + timeout.toSeconds()
                    + " s: is the class annotated @Component(service = ProvinceProgram.class)?");
            return List.of();
        }
        List<Registered> codes = new ArrayList<>();
        for (ServiceReference<ProvinceProgram> reference : references) {
            ProvinceProgram program = context.getService(reference);
            if (program == null) {
                problems.add("Its ProvinceProgram component did not activate (its constructor or @Activate method failed)");
                continue;
            }
            try {
                codes.add(new Registered(program.identity().code(), program.identity().provinceCode()));
            } catch (RuntimeException e) {
                problems.add("Its program's identity() failed: " + e);
            } finally {
                context.ungetService(reference);
            }
        }
        return codes;
    }

    private static List<ServiceReference<ProvinceProgram>> references(BundleContext context, Bundle bundle) {
        try {
            return context.getServiceReferences(ProvinceProgram.class, null).stream()
                    .filter(reference -> reference.getBundle() != null && reference.getBundle().equals(bundle)).toList();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> properties(Path storage) {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // As in the portal: no JVM-wide URL handlers, the platform's packages from the system bundle.
        properties.put("felix.service.urlhandlers", "false");
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, PlatformExports.header());
        properties.put("felix.log.level", "1");
        return properties;
    }

    private static void installShipped(BundleContext context) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (String name : ShippedBundles.SYMBOLIC_NAMES) {
            installed.add(context.installBundle(ShippedBundles.location(name)));
        }
        for (Bundle bundle : installed) {
            bundle.start();
        }
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
