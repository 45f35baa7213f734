package vn.dangbo.portal.program.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.program.ProvinceProgram;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.api.program.SettingDefinition;

/**
 * The {@link ProvinceProgram} plumbing every province plugin shares. A plugin's Declarative Services
 * component extends it, names its identity, settings and indicators, and calls {@link #configure}
 * from its {@code @Activate} and {@code @Modified} methods with the configuration properties. The
 * settings and the indicators built from them are replaced as a whole, so a call in flight keeps the
 * settings it started with.
 */
public abstract class ProgramComponent implements ProvinceProgram {

    private volatile Configured configured;

    /** The settings the program offers, with the defaults of programs.md. */
    protected abstract List<SettingDefinition> settingDefinitions();

    /** The program's indicators under the settings in force, in the order of the page. */
    protected abstract List<Indicator> createIndicators(ProgramSettings settings);

    /** The program's own targets for the consolidated page under the settings in force. */
    protected Map<CommonIndicator, Target> ownTargets(ProgramSettings settings) {
        return Map.of();
    }

    /** The program's own page sections for the year. */
    protected List<PageSection> sections(EvaluationContext context, ProgramSettings settings) {
        return List.of();
    }

    /**
     * Reads the settings from the component's configuration properties (missing keys take their
     * defaults) and rebuilds the indicators; an invalid value fails with a message naming it.
     */
    protected final void configure(Map<String, ?> properties) {
        ProgramSettings settings = ProgramSettings.from(ProvinceProgram.configurationPid(identity().code()),
                settingDefinitions(), properties);
        configured = new Configured(settings, List.copyOf(createIndicators(settings)));
    }

    /** The settings in force (the defaults until {@link #configure} ran). */
    protected final ProgramSettings settingsInForce() {
        return current().settings();
    }

    private Configured current() {
        Configured now = configured;
        if (now == null) {
            configure(Map.of());
            now = configured;
        }
        return now;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return current().indicators().stream().map(Indicator::definition).toList();
    }

    @Override
    public List<IndicatorResult> evaluate(EvaluationContext context) {
        return current().indicators().stream().map(i -> i.evaluate(context)).toList();
    }

    @Override
    public List<DrillDownRow> drillDown(String indicatorCode, EvaluationContext context) {
        Configured now = current();
        return now.indicators().stream()
                .filter(i -> i.definition().code().equals(indicatorCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Program " + identity().code()
                        + " has no indicator '" + indicatorCode + "'; it has "
                        + now.indicators().stream().map(i -> i.definition().code()).collect(Collectors.joining(", "))))
                .drillDown(context);
    }

    @Override
    public List<PageSection> sections(EvaluationContext context) {
        return sections(context, current().settings());
    }

    @Override
    public List<SettingDefinition> settings() {
        return current().settings().definitions();
    }

    @Override
    public List<Reading> readingsInForce() {
        return current().settings().readings();
    }

    @Override
    public Map<CommonIndicator, Target> ownTargets() {
        return ownTargets(current().settings());
    }

    @Override
    public Territory territory() {
        return current().settings().territory(identity().provinceCode());
    }

    private record Configured(ProgramSettings settings, List<Indicator> indicators) {
    }
}
