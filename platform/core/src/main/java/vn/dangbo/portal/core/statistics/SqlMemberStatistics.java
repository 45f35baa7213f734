package vn.dangbo.portal.core.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.query.AwayMembers;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.ProbationCohort;
import vn.dangbo.portal.api.query.TaskCoverage;
import vn.dangbo.portal.core.rules.ProbationRules;
import vn.dangbo.portal.core.rules.RuleSettings;

/**
 * Member counts in SQL over the membership periods (projected from the events): a member counts at
 * the organisation of an open period, on its first and on its last day; a temporarily hosted member
 * has no period at the host; between a permanent transfer out and in there is no period at all.
 */
public final class SqlMemberStatistics implements MemberStatistics {

    /** Membership periods covering a date: two parameters, the date twice. */
    static final String MEMBER_ON = " p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?) ";

    private final Sql sql;
    private final TerritoryScope scope;
    private final RuleSettings settings;

    public SqlMemberStatistics(java.sql.Connection connection, Territory territory, RuleSettings settings) {
        this(connection, TerritoryOn.eachDay(territory), settings);
    }

    public SqlMemberStatistics(java.sql.Connection connection, TerritoryOn extent, RuleSettings settings) {
        this.sql = new Sql(connection);
        this.scope = new TerritoryScope(extent, sql);
        this.settings = settings;
    }

    @Override
    public long membersAt(LocalDate date) {
        return sql.count("SELECT COUNT(DISTINCT p.person_id) FROM membership_period p "
                + "JOIN party_organisation o ON o.id = p.organisation_id WHERE" + MEMBER_ON
                + "AND o.former_province IN (?)", date, date, scope.provincesOn(date));
    }

    @Override
    public List<KeyCount> membersByCommittee(LocalDate date) {
        Set<String> provinces = scope.provincesOn(date);
        Structure structure = Structure.load(sql, provinces);
        Map<Long, Long> perCommittee = new HashMap<>();
        sql.list("SELECT p.organisation_id, COUNT(DISTINCT p.person_id) FROM membership_period p "
                + "JOIN party_organisation o ON o.id = p.organisation_id WHERE" + MEMBER_ON
                + "AND o.former_province IN (?) GROUP BY p.organisation_id", rs -> {
                    Long committee = structure.committeeOn(structure.resolve(rs.getLong(1), date), date);
                    if (committee != null) {
                        perCommittee.merge(committee, rs.getLong(2), Long::sum);
                    }
                    return null;
                }, date, date, provinces);
        return sortedByCommittee(structure, perCommittee);
    }

    static List<KeyCount> sortedByCommittee(Structure structure, Map<Long, Long> counts) {
        List<KeyCount> result = new ArrayList<>();
        for (Structure.Org org : structure.all()) {
            Long count = counts.get(org.id());
            if (count != null) {
                result.add(new KeyCount(Long.toString(org.id()), count));
            }
        }
        return result;
    }

    /** Members on the date by their occupation that day (NONE when none is recorded), in SQL. */
    @Override
    public List<KeyCount> membersByOccupation(LocalDate date) {
        return sql.list("SELECT COALESCE(j.occupation, 'NONE') AS occ, COUNT(DISTINCT p.person_id) "
                + "FROM membership_period p JOIN party_organisation o ON o.id = p.organisation_id "
                + "LEFT JOIN person_occupation j ON j.person_id = p.person_id AND j.valid_from <= ? "
                + "AND (j.valid_to IS NULL OR j.valid_to >= ?) WHERE" + MEMBER_ON
                + "AND o.former_province IN (?) GROUP BY COALESCE(j.occupation, 'NONE') ORDER BY 1",
                rs -> new KeyCount(rs.getString(1), rs.getLong(2)), date, date, date, date,
                scope.provincesOn(date));
    }

    @Override
    public Map<ExitKind, Long> exits(LocalDate from, LocalDate to) {
        Map<ExitKind, Long> result = new EnumMap<>(ExitKind.class);
        sql.list("SELECT p.end_reason, COUNT(*) FROM membership_period p "
                + "JOIN party_organisation o ON o.id = p.organisation_id "
                + "WHERE p.end_date BETWEEN ? AND ? AND p.end_reason IN (?) AND o.former_province IN (?) "
                + "GROUP BY p.end_reason", rs -> result.put(ExitKind.valueOf(rs.getString(1)), rs.getLong(2)),
                from, to, List.of(ExitKind.values()), scope.provincesOn(to));
        return result;
    }

    @Override
    public AwayMembers awayMembers(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<String> provinces = scope.provincesOn(end);
        long flagged = sql.count("SELECT COUNT(DISTINCT f.person_id) FROM away_flag f "
                + "WHERE f.valid_from <= ? AND (f.valid_to IS NULL OR f.valid_to >= ?) AND EXISTS ("
                + "SELECT 1 FROM membership_period p JOIN party_organisation o ON o.id = p.organisation_id "
                + "WHERE p.person_id = f.person_id AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?) "
                + "AND p.start_date <= COALESCE(f.valid_to, p.start_date) AND (p.end_date IS NULL OR p.end_date >= f.valid_from) "
                + "AND o.former_province IN (?))", end, start, end, start, provinces);
        long requests = sql.count("SELECT COUNT(*) FROM leave_request r WHERE r.filed_on BETWEEN ? AND ? "
                + "AND EXISTS (SELECT 1 FROM away_flag f WHERE f.person_id = r.person_id AND f.valid_from <= r.filed_on "
                + "AND (f.valid_to IS NULL OR f.valid_to >= r.filed_on)) "
                + "AND EXISTS (SELECT 1 FROM membership_period p JOIN party_organisation o ON o.id = p.organisation_id "
                + "WHERE p.person_id = r.person_id AND p.start_date <= r.filed_on "
                + "AND (p.end_date IS NULL OR p.end_date >= r.filed_on) AND o.former_province IN (?))",
                start, end, provinces);
        return new AwayMembers(flagged, requests);
    }

    /**
     * The cohort whose 12 months from the ceremony end in the year, grouped in SQL by the day the
     * probation ended, the recognition date and the day the member left; the working-day deadline is
     * then applied per group. On time when recognised by the deadline; set aside when not, but left
     * the party by the deadline (e.g. removed after a failed review inside the 30 working days); the
     * rest are overdue, as programs.md counts the consolidated probation figure.
     */
    @Override
    public ProbationCohort probationCohort(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        ProbationRules rules = new ProbationRules(settings);
        long[] totals = new long[4];
        sql.list("SELECT a.probation_end, a.recognition_date, a.left_date, COUNT(*) AS n "
                + "FROM admission_record a JOIN party_organisation o ON o.id = a.organisation_id "
                + "WHERE a.probation_end BETWEEN ? AND ? AND o.former_province IN (?) "
                + "GROUP BY a.probation_end, a.recognition_date, a.left_date", rs -> {
                    long n = rs.getLong("n");
                    totals[0] += n;
                    LocalDate deadline = rules.reviewDeadline(Sql.date(rs, "probation_end"));
                    LocalDate recognition = Sql.date(rs, "recognition_date");
                    LocalDate left = Sql.date(rs, "left_date");
                    if (recognition != null && !recognition.isAfter(deadline)) {
                        totals[1] += n;
                    } else if (left != null && !left.isAfter(deadline)) {
                        totals[3] += n;
                    } else {
                        totals[2] += n;
                    }
                    return null;
                }, start, end, scope.provincesOn(end));
        return new ProbationCohort(totals[0], totals[1], totals[2], totals[3]);
    }

    @Override
    public TaskCoverage taskCoverage(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<String> provinces = scope.provincesOn(end);
        Structure structure = Structure.load(sql, provinces);
        Map<Long, long[]> perCommittee = new HashMap<>();
        long[] totals = new long[2];
        sql.list("SELECT p.organisation_id, COUNT(DISTINCT p.person_id), "
                // Looked up per member (task_assignment_person_idx): joining the year's assignments of the
                // whole country made the cost follow the country, not the province (docs/benchmarks.md).
                + "COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM task_assignment t WHERE t.person_id = p.person_id "
                + "AND t.task_year = ?) THEN p.person_id END) "
                + "FROM membership_period p JOIN party_organisation o ON o.id = p.organisation_id "
                + "WHERE" + MEMBER_ON + "AND o.former_province IN (?) "
                + "GROUP BY p.organisation_id", rs -> {
                    totals[0] += rs.getLong(2);
                    totals[1] += rs.getLong(3);
                    Long committee = structure.committeeOn(structure.resolve(rs.getLong(1), end), end);
                    if (committee != null) {
                        long[] c = perCommittee.computeIfAbsent(committee, k -> new long[2]);
                        c[0] += rs.getLong(2);
                        c[1] += rs.getLong(3);
                    }
                    return null;
                }, year, end, end, provinces);
        long records = sql.count("SELECT COUNT(*) FROM task_assignment t "
                + "JOIN party_organisation o ON o.id = t.organisation_id WHERE t.task_year = ? "
                + "AND o.former_province IN (?)", year, provinces);
        List<TaskCoverage.CommitteeShare> shares = new ArrayList<>();
        for (Structure.Org org : structure.all()) {
            long[] c = perCommittee.get(org.id());
            if (c != null) {
                shares.add(new TaskCoverage.CommitteeShare(org.id(), org.name(), c[0], c[1]));
            }
        }
        return new TaskCoverage(totals[0], totals[1], records > 0 || totals[1] > 0, shares);
    }
}
