package vn.dangbo.portal.core.statistics;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.AwayMembers;
import vn.dangbo.portal.api.query.BranchLeadership;
import vn.dangbo.portal.api.query.BranchReferral;
import vn.dangbo.portal.api.query.CandidateMove;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.api.query.CommitteeTraining;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.api.query.ProbationCohort;
import vn.dangbo.portal.api.query.TaskCoverage;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/**
 * The EJB that owns the transaction and the connection of every query a plugin makes: each business
 * method opens a pooled connection, runs one aggregate question through the SQL implementation of
 * the API interface, and closes it. Read only: the transaction is joined when there is one, never
 * required. The bound objects of {@link vn.dangbo.portal.core.evaluation.EvaluationContextService}
 * call these methods, so they work from any thread a plugin runs on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatisticsQueries {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @EJB
    private RuleSettingsService settings;

    private <T> T withConnection(Function<Connection, T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection: " + e.getSQLState(), e);
        }
    }

    private RuleSettings rules() {
        return settings.current();
    }

    // --- Directory ---

    public List<OrganisationSummary> organisations(TerritoryOn t, LocalDate date) {
        return withConnection(c -> new SqlDirectory(c, t).organisations(date));
    }

    public List<AreaSummary> areas(TerritoryOn t, LocalDate date, Set<AreaKind> kinds) {
        return withConnection(c -> new SqlDirectory(c, t).areas(date, kinds));
    }

    public List<AreaPosition> positions(TerritoryOn t, LocalDate date, PositionKind position, Set<AreaKind> kinds) {
        return withConnection(c -> new SqlDirectory(c, t).positions(date, position, kinds));
    }

    public List<UnitSummary> units(TerritoryOn t, LocalDate date, Set<UnitKind> kinds) {
        return withConnection(c -> new SqlDirectory(c, t).units(date, kinds));
    }

    public OptionalLong population(TerritoryOn t, int year) {
        return withConnection(c -> new SqlDirectory(c, t).population(year));
    }

    public OptionalLong areaPopulation(TerritoryOn t, long areaId, int year) {
        return withConnection(c -> new SqlDirectory(c, t).areaPopulation(areaId, year));
    }

    // --- Members ---

    public List<KeyCount> membersByOccupation(TerritoryOn t, LocalDate date) {
        return withConnection(c -> new SqlMemberStatistics(c, t, rules()).membersByOccupation(date));
    }

    public long membersAt(TerritoryOn t, LocalDate date) {
        return withConnection(c -> new SqlMemberStatistics(c, t, rules()).membersAt(date));
    }

    public List<KeyCount> membersByCommittee(TerritoryOn t, LocalDate date) {
        return withConnection(c -> new SqlMemberStatistics(c, t, rules()).membersByCommittee(date));
    }

    public Map<ExitKind, Long> exits(TerritoryOn t, LocalDate from, LocalDate to) {
        return withConnection(c -> new SqlMemberStatistics(c, t, rules()).exits(from, to));
    }

    public AwayMembers awayMembers(TerritoryOn t, int year) {
        return withConnection(c -> new SqlMemberStatistics(c, t, rules()).awayMembers(year));
    }

    public ProbationCohort probationCohort(TerritoryOn t, int year) {
        RuleSettings r = rules();
        return withConnection(c -> new SqlMemberStatistics(c, t, r).probationCohort(year));
    }

    public TaskCoverage taskCoverage(TerritoryOn t, int year) {
        return withConnection(c -> new SqlMemberStatistics(c, t, rules()).taskCoverage(year));
    }

    // --- Admissions ---

    public long admissions(TerritoryOn t, LocalDate from, LocalDate to) {
        return withConnection(c -> new SqlAdmissionStatistics(c, t).count(from, to));
    }

    public List<KeyCount> admissionsBy(TerritoryOn t, LocalDate from, LocalDate to, AdmissionDimension dimension) {
        return withConnection(c -> new SqlAdmissionStatistics(c, t).countBy(from, to, dimension));
    }

    // --- Ratings ---

    public List<OrganisationRating> organisationRatings(TerritoryOn t, int year) {
        return withConnection(c -> new SqlRatingStatistics(c, t).organisationRatings(year));
    }

    public List<GradeCounts> memberRatings(TerritoryOn t, int year) {
        return withConnection(c -> new SqlRatingStatistics(c, t).memberRatings(year));
    }

    // --- Work records ---

    public List<CommitteeTraining> committeeTraining(TerritoryOn t, int year) {
        return withConnection(c -> new SqlWorkRecords(c, t, rules()).committeeTraining(year));
    }

    public List<BranchLeadership> residentialBranchLeadership(TerritoryOn t, LocalDate date) {
        return withConnection(c -> new SqlWorkRecords(c, t, rules()).residentialBranchLeadership(date));
    }

    public List<CommitteePlan> admissionPlans(TerritoryOn t, int year) {
        return withConnection(c -> new SqlWorkRecords(c, t, rules()).admissionPlans(year));
    }

    public List<CandidateMove> candidateMoves(TerritoryOn t, int year) {
        RuleSettings r = rules();
        return withConnection(c -> new SqlWorkRecords(c, t, r).candidateMoves(year));
    }

    public List<BranchReferral> residentialReferrals(TerritoryOn t, int year) {
        return withConnection(c -> new SqlWorkRecords(c, t, rules()).residentialReferrals(year));
    }
}
