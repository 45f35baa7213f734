package vn.dangbo.portal.core.demo;

import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.dangbo.portal.core.bulkload.BulkLoad;

/**
 * Whether demo mode is on and how much to generate: environment PORTAL_DEMO, PORTAL_DEMO_SCALE,
 * PORTAL_DEMO_SEED or system properties portal.demo, portal.demo.scale, portal.demo.seed (a system
 * property wins). Off unless set to true. PORTAL_DEMO_DATA=false (portal.demo.data) keeps the demo
 * accounts of demo mode but loads no data: the integration tests run that way, on their own fixtures.
 *
 * @param enabled whether to load demo data into an empty database
 * @param scale   generator scale (1.0 = the real provinces; default 0.01)
 * @param seed    generator seed (fixed by default, so every demo shows the same data)
 */
public record DemoSettings(boolean enabled, double scale, long seed) {

    public static final double DEFAULT_SCALE = 0.01;

    public DemoSettings {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("PORTAL_DEMO_SCALE must be above 0 and at most 1, not " + scale);
        }
    }

    /** From system properties first, then the environment. */
    public static DemoSettings current() {
        return read(System::getProperty, System::getenv);
    }

    static DemoSettings read(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String enabled = value(properties, environment, "portal.demo", "PORTAL_DEMO");
        String data = value(properties, environment, "portal.demo.data", "PORTAL_DEMO_DATA");
        boolean withData = data == null || !data.strip().toLowerCase(Locale.ROOT).equals("false");
        String scale = value(properties, environment, "portal.demo.scale", "PORTAL_DEMO_SCALE");
        String seed = value(properties, environment, "portal.demo.seed", "PORTAL_DEMO_SEED");
        try {
            return new DemoSettings(withData && enabled != null && enabled.strip().toLowerCase(Locale.ROOT).equals("true"),
                    scale == null ? DEFAULT_SCALE : Double.parseDouble(scale.strip()),
                    seed == null ? BulkLoad.DEFAULT_SEED : Long.parseLong(seed.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORTAL_DEMO_SCALE / PORTAL_DEMO_SEED: not a number (" + e.getMessage()
                    + ")", e);
        }
    }

    private static String value(UnaryOperator<String> properties, UnaryOperator<String> environment, String property,
            String variable) {
        String v = properties.apply(property);
        if (v == null || v.isBlank()) {
            v = environment.apply(variable);
        }
        return v == null || v.isBlank() ? null : v;
    }
}
