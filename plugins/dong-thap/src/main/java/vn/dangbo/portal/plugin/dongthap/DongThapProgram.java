package vn.dangbo.portal.plugin.dongthap;

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
import vn.dangbo.portal.plugin.dongthap.internal.DongThapIdentity;
import vn.dangbo.portal.plugin.dongthap.internal.DongThapIndicators;
import vn.dangbo.portal.plugin.dongthap.internal.DongThapSections;
import vn.dangbo.portal.plugin.dongthap.internal.DongThapSettings;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramComponent;
import vn.dangbo.portal.program.support.ProgramSettings;

/**
 * The Đồng Tháp program as a {@link ProvinceProgram} service. Its settings come from Configuration
 * Admin under {@code vn.dangbo.portal.program.dong-thap}.
 */
@Component(service = ProvinceProgram.class, configurationPid = ProvinceProgram.PID_PREFIX + DongThapIdentity.CODE)
@Designate(ocd = DongThapConfiguration.class)
public class DongThapProgram extends ProgramComponent {

    private final ProgramIdentity identity = DongThapIdentity.create();

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
        return DongThapSettings.all();
    }

    @Override
    protected List<Indicator> createIndicators(ProgramSettings settings) {
        return DongThapIndicators.create(settings);
    }

    /** Đồng Tháp's own target on the consolidated page: members per population ≥ 2.2 % (none when tracked). */
    @Override
    protected Map<CommonIndicator, Target> ownTargets(ProgramSettings settings) {
        Target target = DongThapIndicators.populationTarget(settings);
        return target instanceof Target.Tracked ? Map.of() : Map.of(CommonIndicator.MEMBERS_PER_POPULATION, target);
    }

    @Override
    protected List<PageSection> sections(EvaluationContext context, ProgramSettings settings) {
        return DongThapSections.create();
    }
}
