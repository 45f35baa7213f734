package vn.dangbo.portal.core.consolidated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.api.query.ProbationCohort;

/**
 * Computes the common indicators of the consolidated page for one province and year: one result per
 * {@link CommonIndicator}, in its order, coded by the constant's name. A province's own target (from
 * its plugin's {@code ownTargets()}) is applied where given; otherwise the figure is tracked.
 * Ratios with nothing to divide by, or whose inputs are absent (no ratings, no population figure, no
 * probation cohort), are "not enough data"; counts never are.
 */
public final class CommonIndicatorCalculator {

    static final LocalizedText NO_RATINGS = LocalizedText.of("Chưa có kết quả đánh giá, xếp loại của năm",
            "No quality ratings recorded for the year");
    static final LocalizedText NO_POPULATION = LocalizedText.of("Thiếu số liệu dân số của năm",
            "The year's population figure is missing");
    static final LocalizedText NO_COHORT = LocalizedText.of("Không có đảng viên dự bị hết 12 tháng trong năm",
            "No probationary member's 12 months end in the year");

    private final RangePolicy policy;

    /** With the portal's default range policy (above the range is met and marked exceeded). */
    public CommonIndicatorCalculator() {
        this(RangePolicy.ABOVE_IS_EXCEEDED);
    }

    public CommonIndicatorCalculator(RangePolicy policy) {
        this.policy = policy;
    }

    /** Every common indicator for the context's year and territory, with the province's own targets. */
    public List<IndicatorResult> calculate(EvaluationContext context, Map<CommonIndicator, Target> ownTargets) {
        List<IndicatorResult> results = new ArrayList<>();
        for (CommonIndicator indicator : CommonIndicator.values()) {
            Target target = ownTargets == null ? null : ownTargets.get(indicator);
            results.add(calculate(indicator, context, target == null ? new Target.Tracked() : target));
        }
        return results;
    }

    IndicatorResult calculate(CommonIndicator indicator, EvaluationContext context, Target target) {
        IndicatorDefinition definition = definition(indicator, target);
        int year = context.year();
        return switch (indicator) {
            case MEMBERS_AT_YEAR_END -> IndicatorResult.count(definition, year,
                    context.members().membersAt(context.yearEnd()), target, null, policy);
            case ADMISSIONS -> IndicatorResult.count(definition, year, admissions(context), target, null, policy);
            case ADMISSION_RATE -> IndicatorResult.ratio(definition, year, admissions(context),
                    context.members().membersAt(LocalDate.of(year - 1, 12, 31)), target, null, policy);
            case YOUTH_SHARE -> youthShare(definition, context, target);
            case ORGANISATIONS_RATED_GOOD -> organisationsRatedGood(definition, context, target);
            case MEMBERS_RATED_GOOD -> membersRatedGood(definition, context, target);
            case MEMBERS_PER_POPULATION -> membersPerPopulation(definition, context, target);
            case PROBATION_ON_TIME -> probationOnTime(definition, context, target);
            case PROBATION_OVERDUE -> IndicatorResult.count(definition, year,
                    context.members().probationCohort(year).overdue(), target, null, policy);
        };
    }

    private static long admissions(EvaluationContext context) {
        return context.admissions().count(context.yearStart(), context.yearEnd());
    }

    private IndicatorResult youthShare(IndicatorDefinition definition, EvaluationContext context, Target target) {
        List<KeyCount> bands = context.admissions().countBy(context.yearStart(), context.yearEnd(),
                AdmissionDimension.AGE_BAND);
        long youth = bands.stream().filter(b -> "YOUTH".equals(b.key())).mapToLong(KeyCount::count).sum();
        long total = bands.stream().mapToLong(KeyCount::count).sum();
        return IndicatorResult.ratio(definition, context.year(), youth, total, target, null, policy);
    }

    private IndicatorResult organisationsRatedGood(IndicatorDefinition definition, EvaluationContext context,
            Target target) {
        List<OrganisationRating> ratings = context.ratings().organisationRatings(context.year());
        if (ratings.isEmpty()) {
            return IndicatorResult.notEnoughData(definition, context.year(), target, NO_RATINGS, 0L, 0L);
        }
        long good = ratings.stream().filter(r -> r.grade().isGoodOrBetter()).count();
        return IndicatorResult.ratio(definition, context.year(), good, ratings.size(), target, null, policy);
    }

    private IndicatorResult membersRatedGood(IndicatorDefinition definition, EvaluationContext context,
            Target target) {
        List<GradeCounts> counts = context.ratings().memberRatings(context.year());
        long rated = counts.stream().mapToLong(GradeCounts::total).sum();
        if (rated == 0) {
            return IndicatorResult.notEnoughData(definition, context.year(), target, NO_RATINGS, 0L, 0L);
        }
        long good = counts.stream().mapToLong(GradeCounts::goodOrBetter).sum();
        return IndicatorResult.ratio(definition, context.year(), good, rated, target, null, policy);
    }

    private IndicatorResult membersPerPopulation(IndicatorDefinition definition, EvaluationContext context,
            Target target) {
        long members = context.members().membersAt(context.yearEnd());
        OptionalLong population = context.directory().population(context.year());
        if (population.isEmpty()) {
            return IndicatorResult.notEnoughData(definition, context.year(), target, NO_POPULATION, members, null);
        }
        return IndicatorResult.ratio(definition, context.year(), members, population.getAsLong(), target, null,
                policy);
    }

    /** Recognised on time / the cohort less those who left before the deadline. */
    private IndicatorResult probationOnTime(IndicatorDefinition definition, EvaluationContext context,
            Target target) {
        ProbationCohort cohort = context.members().probationCohort(context.year());
        long judged = cohort.cohort() - cohort.setAside();
        if (judged == 0) {
            return IndicatorResult.notEnoughData(definition, context.year(), target, NO_COHORT, cohort.onTime(), 0L);
        }
        return IndicatorResult.ratio(definition, context.year(), cohort.onTime(), judged, target, null, policy);
    }

    /** The consolidated view has no program period: every year is in it. */
    private static IndicatorDefinition definition(CommonIndicator indicator, Target target) {
        return new IndicatorDefinition(indicator.name(), indicator.displayName(), indicator.displayName(),
                indicator.measure(), target, PeriodKind.EVERY_YEAR, Integer.MIN_VALUE, Integer.MAX_VALUE,
                "programs.md: Indicators the platform computes for every province");
    }
}
