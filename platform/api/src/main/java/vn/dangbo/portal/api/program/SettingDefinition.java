package vn.dangbo.portal.api.program;

import java.util.List;
import java.util.Objects;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * A setting of a plugin (a "Reading" of programs.md): an administrator changes it at run time. The
 * platform stores the chosen value in OSGi Configuration Admin under the program's PID
 * ({@link ProvinceProgram#configurationPid(String)}), where the plugin's component reads it.
 *
 * @param key          property name in the configuration
 * @param label        what it decides
 * @param description  the two readings in words
 * @param options      the values allowed
 * @param defaultValue the value of programs.md
 */
public record SettingDefinition(String key, LocalizedText label, LocalizedText description, List<Option> options,
        String defaultValue) {

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        options = List.copyOf(options);
        if (options.stream().noneMatch(o -> o.value().equals(defaultValue))) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not one of the options");
        }
    }

    /** Whether the value is one of the options. */
    public boolean allows(String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    /**
     * @param value the stored value
     * @param label what it means
     */
    public record Option(String value, LocalizedText label) {
    }
}
