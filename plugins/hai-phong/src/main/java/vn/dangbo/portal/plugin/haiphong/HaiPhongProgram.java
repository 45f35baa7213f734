package vn.dangbo.portal.plugin.haiphong;

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
import vn.dangbo.portal.plugin.haiphong.internal.HaiPhongIdentity;
import vn.dangbo.portal.plugin.haiphong.internal.HaiPhongIndicators;
import vn.dangbo.portal.plugin.haiphong.internal.HaiPhongSections;
import vn.dangbo.portal.plugin.haiphong.internal.HaiPhongSettings;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramComponent;
import vn.dangbo.portal.program.support.ProgramSettings;

/**
 * The Hải Phòng program as a {@link ProvinceProgram} service. Its settings (the "Readings" of
 * programs.md) come from Configuration Admin under {@code vn.dangbo.portal.program.hai-phong}.
 */
@Component(service = ProvinceProgram.class, configurationPid = ProvinceProgram.PID_PREFIX + HaiPhongIdentity.CODE)
@Designate(ocd = HaiPhongConfiguration.class)
public class HaiPhongProgram extends ProgramComponent {

    private final ProgramIdentity identity = HaiPhongIdentity.create();

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
        return HaiPhongSettings.all();
    }

    @Override
    protected List<Indicator> createIndicators(ProgramSettings settings) {
        return HaiPhongIndicators.create(settings);
    }

    /** Hải Phòng's own target on the consolidated page: the admission rate 3-4 %. */
    @Override
    protected Map<CommonIndicator, Target> ownTargets(ProgramSettings settings) {
        return Map.of(CommonIndicator.ADMISSION_RATE, Target.between("3", "4"));
    }

    @Override
    protected List<PageSection> sections(EvaluationContext context, ProgramSettings settings) {
        return HaiPhongSections.create(context);
    }
}
