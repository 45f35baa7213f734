package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.CommitteeTraining;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;
import vn.dangbo.portal.program.support.Tally;

/**
 * DT-COMMITTEE-TRAINING: committees of branches, partial committees and grassroots committees on
 * 31/12/Y whose members all attended the yearly update course in Y / all such committees. No training
 * record of the year gives not enough data.
 */
final class CommitteeTrainingShare implements Indicator {

    private final IndicatorDefinition definition;

    CommitteeTrainingShare(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<CommitteeTraining> committees = context.workRecords().committeeTraining(context.year());
        if (committees.stream().noneMatch(CommitteeTraining::recordsExist)) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(),
                    Reasons.NO_TRAINING_RECORDS, null, (long) committees.size());
        }
        return Tally.of(committees, CommitteeTraining::fullyTrained)
                .result(definition, context.year(), definition.target(), null, null);
    }

    /** Each committee: members trained / members, those not fully trained first. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return context.workRecords().committeeTraining(context.year()).stream()
                .sorted(java.util.Comparator.comparing(CommitteeTraining::fullyTrained))
                .map(c -> Rows.share(c.organisationId(), c.name(), c.trained(), c.committeeMembers(),
                        Rows.metIf(c.fullyTrained()), c.fullyTrained() ? null : c.committeeMembers() == 0
                                ? LocalizedText.of("Chưa có cấp ủy viên", "No committee members recorded")
                                : LocalizedText.of((c.committeeMembers() - c.trained()) + " cấp ủy viên chưa được bồi dưỡng",
                                        (c.committeeMembers() - c.trained()) + " committee members not trained")))
                .toList();
    }

}
