package vn.dangbo.portal.plugin.cantho.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.program.support.AdmissionFigures;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Names;
import vn.dangbo.portal.program.support.Rows;

/**
 * CT-HAMLET-BRANCH-ADMIT: admissions of Y by the residential branches of ấp / khu vực on 31/12/Y
 * (through successors) / the number of such branches; average, met at ≥ 1. The drill-down lists
 * every branch, those that admitted nobody first.
 */
final class HamletBranchAdmissions implements Indicator {

    private static final LocalizedText NOBODY = LocalizedText.of("Không kết nạp được đảng viên nào trong năm",
            "Admitted nobody in the year");

    private final IndicatorDefinition definition;

    HamletBranchAdmissions(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        List<OrganisationSummary> branches = HamletBranches.on(context, context.yearEnd());
        Map<Long, Long> admitted = admittedByOrganisation(context);
        long total = branches.stream().mapToLong(b -> admitted.getOrDefault(b.id(), 0L)).sum();
        return IndicatorResult.average(definition, context.year(), total, branches.size(), definition.target(), null,
                null);
    }

    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        Map<Long, Long> admitted = admittedByOrganisation(context);
        return HamletBranches.on(context, context.yearEnd()).stream()
                .map(b -> {
                    long count = admitted.getOrDefault(b.id(), 0L);
                    return Rows.count(b.id(), b.name(), count, Rows.metIf(count >= 1), count == 0 ? NOBODY : null);
                })
                .sorted(Comparator.comparing(DrillDownRow::numerator).thenComparing(DrillDownRow::label, Names.vietnamese()))
                .toList();
    }

    private static Map<Long, Long> admittedByOrganisation(EvaluationContext context) {
        return AdmissionFigures.byOrganisationId(context.admissions().countBy(context.yearStart(), context.yearEnd(),
                AdmissionDimension.ORGANISATION));
    }
}
