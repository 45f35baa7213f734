package vn.dangbo.portal.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.api.query.BranchLeadership;
import vn.dangbo.portal.api.query.BranchReferral;
import vn.dangbo.portal.api.query.CandidateMove;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.api.query.CommitteeTraining;
import vn.dangbo.portal.api.query.WorkRecords;
import vn.dangbo.portal.core.statistics.StatisticsQueries;
import vn.dangbo.portal.core.statistics.TerritoryOn;

/** {@link WorkRecords} bound to a territory; every call is a business method of the EJB. */
record BoundWorkRecords(TerritoryOn territory, StatisticsQueries queries) implements WorkRecords {

    @Override
    public List<CommitteeTraining> committeeTraining(int year) {
        return queries.committeeTraining(territory, year);
    }

    @Override
    public List<BranchLeadership> residentialBranchLeadership(LocalDate date) {
        return queries.residentialBranchLeadership(territory, date);
    }

    @Override
    public List<CommitteePlan> admissionPlans(int year) {
        return queries.admissionPlans(territory, year);
    }

    @Override
    public List<CandidateMove> candidateMoves(int year) {
        return queries.candidateMoves(territory, year);
    }

    @Override
    public List<BranchReferral> residentialReferrals(int year) {
        return queries.residentialReferrals(territory, year);
    }
}
