package vn.dangbo.portal.host.verify;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * A dry run of resolution: a throwaway copy of the jar is installed under a location of its own,
 * resolved (never started), asked which of its requirements nothing in the framework provides, and
 * removed again. Every missing requirement is reported, not only the first, in plain words.
 */
public final class ResolutionCheck {

    private static final Pattern PACKAGE = Pattern.compile("osgi\\.wiring\\.package=([^)]+)");
    private static final Pattern AT_LEAST = Pattern.compile("\\(version>=([^)]+)\\)");
    private static final Pattern BELOW = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");
    private static final long REFRESH_WAIT_SECONDS = 10;

    private final BundleContext context;
    private final FrameworkWiring wiring;

    public ResolutionCheck(BundleContext context, FrameworkWiring wiring) {
        this.context = context;
        this.wiring = wiring;
    }

    /** Adds a problem per requirement that cannot be met; leaves the framework as it found it. */
    public void check(byte[] jar, List<String> problems) {
        Bundle probe;
        try {
            probe = context.installBundle("portal:check:" + UUID.randomUUID(), new ByteArrayInputStream(jar));
        } catch (BundleException e) {
            problems.add("The framework refuses the bundle: " + e.getMessage());
            return;
        }
        try {
            if (wiring.resolveBundles(List.of(probe))) {
                return;
            }
            List<String> missing = new ArrayList<>();
            for (Requirement requirement : probe.adapt(BundleRevision.class).getDeclaredRequirements(null)) {
                boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(
                        requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                if (!optional && wiring.findProviders(requirement).isEmpty()) {
                    missing.add(describe(requirement));
                }
            }
            if (missing.isEmpty()) {
                problems.add("The bundle cannot be resolved against the platform (conflicting package versions)");
            } else {
                missing.forEach(problems::add);
            }
        } finally {
            remove(probe);
        }
    }

    static String describe(Requirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        if (PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace())) {
            Matcher name = PACKAGE.matcher(filter);
            String pkg = name.find() ? name.group(1) : filter;
            StringBuilder range = new StringBuilder();
            Matcher low = AT_LEAST.matcher(filter);
            if (low.find()) {
                range.append("version ").append(low.group(1)).append(" or later");
            }
            Matcher high = BELOW.matcher(filter);
            if (high.find()) {
                range.append(range.length() > 0 ? ", " : "version ").append("below ").append(high.group(1));
            }
            return "It needs the package " + pkg + (range.length() > 0 ? " (" + range + ")" : "")
                    + ", which neither the platform nor any installed bundle provides";
        }
        return "It needs " + requirement.getNamespace() + " " + filter
                + ", which neither the platform nor any installed bundle provides";
    }

    private void remove(Bundle probe) {
        try {
            probe.uninstall();
            CountDownLatch refreshed = new CountDownLatch(1);
            FrameworkListener listener = event -> refreshed.countDown();
            wiring.refreshBundles(List.of(probe), listener);
            refreshed.await(REFRESH_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (BundleException e) {
            throw new IllegalStateException("The throwaway check bundle could not be removed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
