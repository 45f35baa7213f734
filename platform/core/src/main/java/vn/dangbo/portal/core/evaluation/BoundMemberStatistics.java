package vn.dangbo.portal.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.query.AwayMembers;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.ProbationCohort;
import vn.dangbo.portal.api.query.TaskCoverage;
import vn.dangbo.portal.core.statistics.StatisticsQueries;
import vn.dangbo.portal.core.statistics.TerritoryOn;

/** {@link MemberStatistics} bound to a territory; every call is a business method of the EJB. */
record BoundMemberStatistics(TerritoryOn territory, StatisticsQueries queries) implements MemberStatistics {

    @Override
    public long membersAt(LocalDate date) {
        return queries.membersAt(territory, date);
    }

    @Override
    public List<KeyCount> membersByCommittee(LocalDate date) {
        return queries.membersByCommittee(territory, date);
    }

    @Override
    public Map<ExitKind, Long> exits(LocalDate from, LocalDate to) {
        return queries.exits(territory, from, to);
    }

    @Override
    public AwayMembers awayMembers(int year) {
        return queries.awayMembers(territory, year);
    }

    @Override
    public ProbationCohort probationCohort(int year) {
        return queries.probationCohort(territory, year);
    }

    @Override
    public TaskCoverage taskCoverage(int year) {
        return queries.taskCoverage(territory, year);
    }

    @Override
    public List<KeyCount> membersByOccupation(LocalDate date) {
        return queries.membersByOccupation(territory, date);
    }
}
