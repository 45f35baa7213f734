package vn.dangbo.portal.program.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionDimension;

/** Admission figures several programs use: counts in the year, by group, and the yearly admission rate. */
public final class AdmissionFigures {

    private AdmissionFigures() {
    }

    /** Admission decisions dated in the context's year. */
    public static long inYear(EvaluationContext context) {
        return context.admissions().count(context.yearStart(), context.yearEnd());
    }

    /** Admissions of the year grouped by a dimension, as key → count. */
    public static Map<String, Long> inYearBy(EvaluationContext context, AdmissionDimension dimension) {
        return by(context, context.yearStart(), context.yearEnd(), dimension);
    }

    public static Map<String, Long> by(EvaluationContext context, LocalDate from, LocalDate to,
            AdmissionDimension dimension) {
        return toMap(context.admissions().countBy(from, to, dimension));
    }

    /** Keyed by organisation id: the keys that are ids (groups without an organisation are left out). */
    public static Map<Long, Long> byOrganisationId(List<KeyCount> counts) {
        Map<Long, Long> result = new HashMap<>();
        for (KeyCount count : counts) {
            if (isId(count.key())) {
                result.merge(Long.parseLong(count.key()), count.count(), Long::sum);
            }
        }
        return result;
    }

    /** Members at 31 December of the year before the context's year. */
    public static long membersAtPreviousYearEnd(EvaluationContext context) {
        return context.members().membersAt(LocalDate.of(context.year() - 1, 12, 31));
    }

    /**
     * Admissions in Y / members at the end of Y-1 ("tổng số đảng viên của năm trước liền kề"); not
     * enough data when there were no members at the end of Y-1.
     */
    public static IndicatorResult rate(IndicatorDefinition definition, EvaluationContext context, Target target,
            RangePolicy policy) {
        return IndicatorResult.ratio(definition, context.year(), inYear(context), membersAtPreviousYearEnd(context),
                target, null, policy);
    }

    /**
     * The rate per committee directly under the provincial committee on 31/12/Y: its admissions of Y
     * over its members on 31/12/Y-1. A committee that did not exist then has no denominator.
     */
    public static List<DrillDownRow> rateByCommittee(EvaluationContext context, Target target, RangePolicy policy,
            IndicatorDefinition definition) {
        Map<Long, Long> admitted = byOrganisationId(context.admissions()
                .countBy(context.yearStart(), context.yearEnd(), AdmissionDimension.COMMITTEE));
        Map<Long, Long> members = byOrganisationId(context.members()
                .membersByCommittee(LocalDate.of(context.year() - 1, 12, 31)));
        List<DrillDownRow> rows = new ArrayList<>();
        for (OrganisationSummary committee : context.directory().organisations(context.yearEnd())) {
            if (committee.type() != OrganisationType.DIRECT_COMMITTEE) {
                continue;
            }
            long numerator = admitted.getOrDefault(committee.id(), 0L);
            Long denominator = members.get(committee.id());
            if (denominator == null || denominator == 0) {
                rows.add(new DrillDownRow(committee.id(), committee.name(), numerator, denominator, null,
                        Status.NOT_ENOUGH_DATA, LocalizedText.of("Không có đảng viên vào cuối năm trước",
                                "No members at the end of the previous year")));
            } else {
                Status status = target.assess(Numbers.percent(numerator, denominator), null, definition.measure(),
                        policy).status();
                rows.add(Rows.share(committee.id(), committee.name(), numerator, denominator, status,
                        numerator == 0 ? LocalizedText.of("Không kết nạp được đảng viên nào", "Admitted nobody")
                                : null));
            }
        }
        return rows;
    }

    private static Map<String, Long> toMap(List<KeyCount> counts) {
        Map<String, Long> map = new HashMap<>();
        counts.forEach(c -> map.merge(c.key(), c.count(), Long::sum));
        return map;
    }

    private static boolean isId(String key) {
        return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
    }
}
