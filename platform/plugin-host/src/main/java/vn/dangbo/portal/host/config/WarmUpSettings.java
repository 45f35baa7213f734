package vn.dangbo.portal.host.config;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import vn.dangbo.portal.core.settings.Setting;

/**
 * Settings of the figures warm-up, read once at start like every operator setting (a system property wins
 * over the environment variable). See docs/operations.md, "Figures warm-up".
 *
 * @param enabled whether the figures the pages open with are computed in the background after start-up and
 *                after each change ({@code portal.figures.warm-up}, PORTAL_FIGURES_WARM_UP; default on)
 * @param quiet   how long nothing may have changed before the warm-up starts, so that a burst of writes
 *                is warmed once ({@code portal.figures.warm-up.delay-ms}, PORTAL_FIGURES_WARM_UP_DELAY_MS;
 *                default 1500 ms)
 */
public record WarmUpSettings(boolean enabled, Duration quiet) {

    static final Setting ENABLED = new Setting("portal.figures.warm-up", "PORTAL_FIGURES_WARM_UP");
    static final Setting DELAY = new Setting("portal.figures.warm-up.delay-ms", "PORTAL_FIGURES_WARM_UP_DELAY_MS");
    static final Duration DEFAULT_QUIET = Duration.ofMillis(1500);

    private static final Logger LOG = Logger.getLogger(WarmUpSettings.class.getName());

    public static WarmUpSettings fromEnvironment() {
        return of(ENABLED.value(), DELAY.value());
    }

    /** From the values given (absent: the default); a value that is not understood gives the default too. */
    static WarmUpSettings of(Optional<String> enabled, Optional<String> delayMs) {
        return new WarmUpSettings(enabled.map(WarmUpSettings::isOn).orElse(true),
                delayMs.map(WarmUpSettings::quiet).orElse(DEFAULT_QUIET));
    }

    private static boolean isOn(String value) {
        // Off only when clearly said so: the warm-up is what makes the first page view fast.
        return !(value.equalsIgnoreCase("false") || value.equals("0") || value.equalsIgnoreCase("no")
                || value.equalsIgnoreCase("off"));
    }

    private static Duration quiet(String value) {
        try {
            long ms = Long.parseLong(value);
            if (ms >= 0) {
                return Duration.ofMillis(ms);
            }
        } catch (NumberFormatException e) {
            // below
        }
        LOG.warning(() -> DELAY.property() + " = '" + value + "' is not a number of milliseconds; using "
                + DEFAULT_QUIET.toMillis());
        return DEFAULT_QUIET;
    }
}
