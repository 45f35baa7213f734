package vn.dangbo.portal.plugin.cantho.internal;

import java.util.Map;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.Target;

/** Cần Thơ's own targets on the consolidated page: admissions 1,600-2,200, rate 3-4 %, both rating shares > 90 %. */
public final class CanThoTargets {

    private CanThoTargets() {
    }

    public static Map<CommonIndicator, Target> create() {
        return Map.of(
                CommonIndicator.ADMISSIONS, Target.between("1600", "2200"),
                CommonIndicator.ADMISSION_RATE, Target.between("3", "4"),
                CommonIndicator.ORGANISATIONS_RATED_GOOD, Target.moreThan("90"),
                CommonIndicator.MEMBERS_RATED_GOOD, Target.moreThan("90"));
    }
}
