package vn.dangbo.portal.plugin.haiphong.internal;

import java.util.List;
import java.util.function.Predicate;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;

/**
 * HP-STUDENT-SHARE and HP-WORKER-SHARE: new members of Y whose occupation on the admission decision
 * date is of a group / admissions of Y; or, under the other reading of HP-WORKER-SHARE, members of
 * the group on 31/12/Y / all members that day. Drill-down: the count per occupation.
 */
final class OccupationShare implements Indicator {

    private final IndicatorDefinition definition;
    private final Predicate<Occupation> group;
    private final boolean allMembers;

    OccupationShare(IndicatorDefinition definition, Predicate<Occupation> group, boolean allMembers) {
        this.definition = definition;
        this.group = group;
        this.allMembers = allMembers;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private List<KeyCount> counts(EvaluationContext context) {
        return allMembers ? context.members().membersByOccupation(context.yearEnd())
                : context.admissions().countBy(context.yearStart(), context.yearEnd(), AdmissionDimension.OCCUPATION);
    }

    private boolean inGroup(String key) {
        return !"NONE".equals(key) && isOccupation(key) && group.test(Occupation.valueOf(key));
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<KeyCount> counts = counts(context);
        long numerator = counts.stream().filter(c -> inGroup(c.key())).mapToLong(KeyCount::count).sum();
        if (allMembers) {
            long members = context.members().membersAt(context.yearEnd());
            if (counts.isEmpty() && members > 0) {
                return IndicatorResult.notEnoughData(definition, context.year(), definition.target(),
                        Reasons.NO_OCCUPATIONS, null, members);
            }
            return IndicatorResult.ratio(definition, context.year(), numerator, members, definition.target(), null,
                    null);
        }
        return IndicatorResult.ratio(definition, context.year(), numerator, AdmissionFigures.inYear(context),
                definition.target(), null, null);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        List<KeyCount> counts = counts(context);
        long total = counts.stream().mapToLong(KeyCount::count).sum();
        return counts.stream()
                .sorted(java.util.Comparator.comparing(KeyCount::count).reversed())
                .map(c -> Rows.share(null, c.key(), c.count(), total, inGroup(c.key()) ? Status.MET : Status.TRACKED,
                        null))
                .toList();
    }

    private static boolean isOccupation(String key) {
        return java.util.Arrays.stream(Occupation.values()).anyMatch(o -> o.name().equals(key));
    }
}
