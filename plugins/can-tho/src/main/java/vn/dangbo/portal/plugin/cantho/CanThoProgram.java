package vn.dangbo.portal.plugin.cantho;

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
import vn.dangbo.portal.plugin.cantho.internal.CanThoIdentity;
import vn.dangbo.portal.plugin.cantho.internal.CanThoIndicators;
import vn.dangbo.portal.plugin.cantho.internal.CanThoSections;
import vn.dangbo.portal.plugin.cantho.internal.CanThoSettings;
import vn.dangbo.portal.plugin.cantho.internal.CanThoTargets;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.ProgramComponent;
import vn.dangbo.portal.program.support.ProgramSettings;

/**
 * The Cần Thơ action program as a {@link ProvinceProgram} service. Its settings (the "Readings" of
 * programs.md) come from Configuration Admin under {@code vn.dangbo.portal.program.can-tho}.
 */
@Component(service = ProvinceProgram.class, configurationPid = ProvinceProgram.PID_PREFIX + CanThoIdentity.CODE)
@Designate(ocd = CanThoConfiguration.class)
public class CanThoProgram extends ProgramComponent {

    private final ProgramIdentity identity = CanThoIdentity.create();

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
        return CanThoSettings.all();
    }

    @Override
    protected List<Indicator> createIndicators(ProgramSettings settings) {
        return CanThoIndicators.create(settings);
    }

    @Override
    protected Map<CommonIndicator, Target> ownTargets(ProgramSettings settings) {
        return CanThoTargets.create();
    }

    @Override
    protected List<PageSection> sections(EvaluationContext context, ProgramSettings settings) {
        return CanThoSections.create(settings.get(CanThoSettings.REQUIRED_STEP, CanThoSettings.RequiredStep.class));
    }
}
