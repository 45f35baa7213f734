package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.TaskCoverage;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Rows;

/**
 * DT-TASK-ASSIGNED: members on 31/12/Y holding a task assignment for Y from any organisation
 * (Quy định 213-QĐ/TW) / members. No task record of the year gives not enough data.
 */
final class TaskAssignment implements Indicator {

    private final IndicatorDefinition definition;

    TaskAssignment(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        TaskCoverage coverage = context.members().taskCoverage(context.year());
        if (!coverage.recordsExist()) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(),
                    Reasons.NO_TASK_RECORDS, null, coverage.members());
        }
        return IndicatorResult.ratio(definition, context.year(), coverage.withTask(), coverage.members(),
                definition.target(), null, null);
    }

    /** Per committee directly under the provincial committee, the least covered first. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return context.members().taskCoverage(context.year()).byCommittee().stream()
                .filter(c -> c.total() > 0)
                .sorted(java.util.Comparator.comparing(
                        (TaskCoverage.CommitteeShare c) -> Numbers.percent(c.counted(), c.total())))
                .map(c -> Rows.share(c.organisationId(), c.name(), c.counted(), c.total(),
                        Rows.metIf(c.counted() >= c.total()), c.counted() >= c.total() ? null
                                : LocalizedText.of((c.total() - c.counted()) + " đảng viên chưa được phân công nhiệm vụ",
                                        (c.total() - c.counted()) + " members without a task")))
                .toList();
    }
}
