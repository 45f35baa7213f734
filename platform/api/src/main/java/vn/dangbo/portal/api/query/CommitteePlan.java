package vn.dangbo.portal.api.query;

import java.util.List;

/**
 * A committee directly under the provincial committee and its admission plans.
 *
 * @param organisationId the committee
 * @param name           its name
 * @param yearPlan       it has an admission plan for the year
 * @param yearQuota      its assigned quota for the year, null when none was assigned
 * @param termPlans      its term plans whose period includes the year
 */
public record CommitteePlan(long organisationId, String name, boolean yearPlan, Integer yearQuota,
        List<TermPlan> termPlans) {

    public CommitteePlan {
        termPlans = List.copyOf(termPlans);
    }

    /**
     * @param fromYear first year of the term
     * @param toYear   last year of the term
     * @param quota    admissions planned for the term, null when the plan sets none
     */
    public record TermPlan(int fromYear, int toYear, Integer quota) {
    }
}
