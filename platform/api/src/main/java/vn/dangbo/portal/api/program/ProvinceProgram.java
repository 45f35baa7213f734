package vn.dangbo.portal.api.program;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.page.PageSection;

/**
 * A province's action program: the service a province plugin registers (a Declarative Services
 * {@code @Component(service = ProvinceProgram.class)}). The platform calls it with a time limit and
 * contains its failures: a plugin that throws or hangs marks only its own section as failed.
 * Implementations must be stateless between calls apart from their settings.
 */
@ConsumerType
public interface ProvinceProgram {

    /** Prefix of the Configuration Admin PID that carries a program's settings. */
    String PID_PREFIX = "vn.dangbo.portal.program.";

    /** The configuration PID of the program with this code. */
    static String configurationPid(String programCode) {
        return PID_PREFIX + programCode;
    }

    ProgramIdentity identity();

    /** Every indicator of the program, in the order of the page. */
    List<IndicatorDefinition> indicators();

    /** Evaluates every indicator for the context's year; one result per definition, same order. */
    List<IndicatorResult> evaluate(EvaluationContext context);

    /** The rows that explain an indicator's figure for the context's year. */
    List<DrillDownRow> drillDown(String indicatorCode, EvaluationContext context);

    /** The program's own page sections for the year, as data. */
    default List<PageSection> sections(EvaluationContext context) {
        return List.of();
    }

    /** The settings the program offers (its "Readings"). */
    default List<SettingDefinition> settings() {
        return List.of();
    }

    /** The settings in force now. */
    default List<Reading> readingsInForce() {
        return List.of();
    }

    /** The program's own targets for the common indicators of the consolidated page. */
    default Map<CommonIndicator, Target> ownTargets() {
        return Map.of();
    }

    /**
     * The territory the program counts under its settings in force: its own former province by
     * default, the merged province when an administrator chose that reading. The platform binds the
     * {@link EvaluationContext} it passes to {@link #evaluate} to this territory.
     *
     * @since 1.1
     */
    default Territory territory() {
        return Territory.formerProvince(identity().provinceCode());
    }
}
