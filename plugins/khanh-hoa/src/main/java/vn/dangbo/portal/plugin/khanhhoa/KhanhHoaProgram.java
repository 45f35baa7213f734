package vn.dangbo.portal.plugin.khanhhoa;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.api.program.ProvinceProgram;
import vn.dangbo.portal.api.program.SettingDefinition;
import vn.dangbo.portal.plugin.khanhhoa.internal.KhanhHoaIdentity;
import vn.dangbo.portal.plugin.khanhhoa.internal.KhanhHoaIndicators;
import vn.dangbo.portal.plugin.khanhhoa.internal.KhanhHoaSections;
import vn.dangbo.portal.program.support.CommonSettings;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramComponent;
import vn.dangbo.portal.program.support.ProgramSettings;

/**
 * The Khánh Hòa directive as a {@link ProvinceProgram} service. programs.md marks no "Reading" for it
 * and it sets no range target; its one setting is the territory counted.
 */
@Component(service = ProvinceProgram.class, configurationPid = ProvinceProgram.PID_PREFIX + KhanhHoaIdentity.CODE)
@Designate(ocd = KhanhHoaConfiguration.class)
public class KhanhHoaProgram extends ProgramComponent {

    private final ProgramIdentity identity = KhanhHoaIdentity.create();

    @Activate
    @Modified
    protected void activate(Map<String, Object> properties) {
        configure(properties);
    }

    @Override
    public ProgramIdentity identity() {
        return identity;
    }

    @Override
    protected List<SettingDefinition> settingDefinitions() {
        return List.of(CommonSettings.territoryMode());
    }

    @Override
    protected List<Indicator> createIndicators(ProgramSettings settings) {
        return KhanhHoaIndicators.create(settings);
    }

    /** Khánh Hòa's own targets on the consolidated page: admissions ≥ 1,870, youth share ≥ 60.44 %. */
    @Override
    protected Map<CommonIndicator, Target> ownTargets(ProgramSettings settings) {
        return Map.of(CommonIndicator.ADMISSIONS, Target.atLeast("1870"),
                CommonIndicator.YOUTH_SHARE, Target.atLeast("60.44"));
    }

    @Override
    protected List<PageSection> sections(EvaluationContext context, ProgramSettings settings) {
        return KhanhHoaSections.create();
    }
}
