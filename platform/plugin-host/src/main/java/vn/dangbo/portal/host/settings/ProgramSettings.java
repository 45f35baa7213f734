package vn.dangbo.portal.host.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.api.program.SettingDefinition;
import vn.dangbo.portal.host.module.ModuleAudit;
import vn.dangbo.portal.host.module.ModuleException;
import vn.dangbo.portal.host.program.BoundedCalls;
import vn.dangbo.portal.host.program.CallOutcome;
import vn.dangbo.portal.host.program.FiguresCache;
import vn.dangbo.portal.host.program.ProgramHandle;
import vn.dangbo.portal.host.program.ProgramRegistry;

/**
 * Reads and changes a program's settings: the value must be one the program declares; it is
 * stored, handed to the program through Configuration Admin, and recorded in the audit trail.
 * Calls into the program are bounded like every other.
 */
@Stateless
public class ProgramSettings {

    @EJB
    private ProgramRegistry registry;
    @EJB
    private BoundedCalls calls;
    @EJB
    private ProgramSettingStore store;
    @EJB
    private ProgramConfigurations configurations;
    @EJB
    private ModuleAudit audit;
    @EJB
    private FiguresCache figures;

    public SettingsView view(String code) {
        ProgramHandle handle = program(code);
        CallOutcome<List<SettingDefinition>> definitions = calls.call(code, "settings()",
                () -> handle.program().settings());
        CallOutcome<List<Reading>> readings = calls.call(code, "readingsInForce()",
                () -> handle.program().readingsInForce());
        String failure = definitions.failure() != null ? definitions.failure() : readings.failure();
        return new SettingsView(code, definitions.value() == null ? List.of() : definitions.value(), store.of(code),
                readings.value() == null ? List.of() : readings.value(), failure);
    }

    /** Changes one setting and hands the program all its chosen values. */
    public SettingsView change(String code, String key, String value, String actor) {
        ProgramHandle handle = program(code);
        CallOutcome<List<SettingDefinition>> definitions = calls.call(code, "settings()",
                () -> handle.program().settings());
        if (definitions.value() == null) {
            throw new ModuleException(ModuleException.Kind.FAILED,
                    "The program " + code + " did not say which settings it has: " + definitions.failure());
        }
        SettingDefinition definition = definitions.value().stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new ModuleException(ModuleException.Kind.NOT_FOUND,
                        "The program " + code + " has no setting " + key));
        if (value == null || !definition.allows(value)) {
            throw new ModuleException(ModuleException.Kind.REFUSED, "The setting " + key + " of " + code
                    + " cannot be '" + value + "'", List.of("Allowed values: " + definition.options().stream()
                            .map(SettingDefinition.Option::value).toList()));
        }
        store.put(code, key, value, actor);
        configurations.push(code, store.of(code));
        figures.programsChanged();
        audit.record(actor, "SETTING", handle.symbolicName(), null, "OK", key + " = " + value);
        return view(code);
    }

    private ProgramHandle program(String code) {
        return registry.program(code).orElseThrow(() -> new ModuleException(ModuleException.Kind.NOT_FOUND,
                "No enabled program with the code " + code));
    }
}
