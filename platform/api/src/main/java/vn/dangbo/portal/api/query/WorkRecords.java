package vn.dangbo.portal.api.query;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records of party work that the programs track: committee training, branch leadership, admission
 * plans and quotas, candidate hand-overs and referrals by residential branches.
 */
@ProviderType
public interface WorkRecords {

    /**
     * Committees of branches (chi bộ trực thuộc), partial committees and grassroots committees valid
     * on 31/12 of the year, with how many of their members attended the yearly update course in the year.
     */
    List<CommitteeTraining> committeeTraining(int year);

    /** Residential branches valid on the date, with their secretary's hamlet-head post and age. */
    List<BranchLeadership> residentialBranchLeadership(LocalDate date);

    /** Committees directly under the provincial committee on 31/12 of the year, with their plans. */
    List<CommitteePlan> admissionPlans(int year);

    /** Moves in the year of trained candidates (certificate valid, not admitted) out of the territory's organisations. */
    List<CandidateMove> candidateMoves(int year);

    /** Residential branches with workers of private units without a party organisation, and their referrals. */
    List<BranchReferral> residentialReferrals(int year);
}
