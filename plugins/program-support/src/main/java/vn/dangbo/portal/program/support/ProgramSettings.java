package vn.dangbo.portal.program.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.api.program.SettingDefinition;

/**
 * The values of a program's settings in force: read from the component's configuration properties,
 * a missing value taking the default of programs.md, a value outside the options refused with a
 * message naming the configuration, the key and the values allowed.
 */
public final class ProgramSettings {

    private final String pid;
    private final List<SettingDefinition> definitions;
    private final Map<String, String> values;

    private ProgramSettings(String pid, List<SettingDefinition> definitions, Map<String, String> values) {
        this.pid = pid;
        this.definitions = List.copyOf(definitions);
        this.values = Map.copyOf(values);
    }

    /** Settings read from configuration properties (Configuration Admin or component properties). */
    public static ProgramSettings from(String pid, List<SettingDefinition> definitions, Map<String, ?> properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDefinition definition : definitions) {
            Object raw = properties == null ? null : properties.get(definition.key());
            String value = raw == null || raw.toString().isBlank() ? definition.defaultValue() : raw.toString().trim();
            if (!definition.allows(value)) {
                List<String> allowed = definition.options().stream().map(SettingDefinition.Option::value).toList();
                throw new IllegalArgumentException("Configuration " + pid + ", setting '" + definition.key()
                        + "': value '" + value + "' is not one of " + allowed);
            }
            values.put(definition.key(), value);
        }
        return new ProgramSettings(pid, definitions, values);
    }

    /** The defaults of programs.md. */
    public static ProgramSettings defaults(String pid, List<SettingDefinition> definitions) {
        return from(pid, definitions, Map.of());
    }

    public String pid() {
        return pid;
    }

    public List<SettingDefinition> definitions() {
        return definitions;
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Configuration " + pid + " has no setting '" + key + "'");
        }
        return value;
    }

    public <E extends Enum<E>> E get(String key, Class<E> type) {
        return Enum.valueOf(type, get(key));
    }

    /** The range policy in force ({@link CommonSettings#RANGE_POLICY}), the portal's default when not offered. */
    public RangePolicy rangePolicy() {
        return values.containsKey(CommonSettings.RANGE_POLICY) ? get(CommonSettings.RANGE_POLICY, RangePolicy.class)
                : RangePolicy.ABOVE_IS_EXCEEDED;
    }

    /** The territory in force ({@link CommonSettings#TERRITORY_MODE}), the former province when not offered. */
    public Territory territory(String provinceCode) {
        Territory.Mode mode = values.containsKey(CommonSettings.TERRITORY_MODE)
                ? get(CommonSettings.TERRITORY_MODE, Territory.Mode.class)
                : Territory.Mode.FORMER_PROVINCE;
        return new Territory(provinceCode, mode);
    }

    /** Each setting as it is in force, for the province page. */
    public List<Reading> readings() {
        List<Reading> readings = new ArrayList<>();
        for (SettingDefinition definition : definitions) {
            String value = values.get(definition.key());
            LocalizedText label = definition.options().stream().filter(o -> o.value().equals(value))
                    .map(SettingDefinition.Option::label).findFirst().orElse(LocalizedText.of(value, value));
            readings.add(new Reading(definition.key(), definition.label(), value, label,
                    Objects.equals(value, definition.defaultValue())));
        }
        return readings;
    }
}
