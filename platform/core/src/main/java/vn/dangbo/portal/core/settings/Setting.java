package vn.dangbo.portal.core.settings;

import java.util.Optional;

/**
 * One operator setting, read as the rest of the server configuration is: a system property
 * ({@code -Dportal.demo=true}) wins over the environment variable ({@code PORTAL_DEMO=true}).
 *
 * @param property  the system property's name
 * @param variable  the environment variable's name
 */
public record Setting(String property, String variable) {

    public static final Setting DEMO = new Setting("portal.demo", "PORTAL_DEMO");
    public static final Setting ADMIN_PASSWORD = new Setting("portal.admin.password", "PORTAL_ADMIN_PASSWORD");

    public Optional<String> value() {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean enabled() {
        return value().map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")).orElse(false);
    }
}
