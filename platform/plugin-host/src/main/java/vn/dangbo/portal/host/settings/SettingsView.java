package vn.dangbo.portal.host.settings;

import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.api.program.SettingDefinition;

/**
 * A program's settings for the administration page and the province page.
 *
 * @param code        the program
 * @param definitions what the program offers, with defaults
 * @param chosen      the values administrators chose (key → value); absent keys use the default
 * @param inForce     the readings the program reports in force now
 * @param failure     why the program could not be asked, null when it answered
 */
public record SettingsView(String code, List<SettingDefinition> definitions, Map<String, String> chosen,
        List<Reading> inForce, String failure) {
}
