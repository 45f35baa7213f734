package vn.dangbo.portal.api.query;

import java.util.List;

/**
 * Members holding a task assignment for a year.
 *
 * @param members          members on 31/12 of the year
 * @param withTask         of them, those with a task record for the year from any organisation
 * @param recordsExist     whether any task record for the year exists in the territory
 * @param byCommittee      the same per committee directly under the provincial committee
 */
public record TaskCoverage(long members, long withTask, boolean recordsExist, List<CommitteeShare> byCommittee) {

    public TaskCoverage {
        byCommittee = List.copyOf(byCommittee);
    }

    /**
     * @param organisationId the committee
     * @param name           its name
     * @param total          members
     * @param counted        members with a task
     */
    public record CommitteeShare(long organisationId, String name, long total, long counted) {
    }
}
