package vn.dangbo.portal.core.statistics;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.query.BranchLeadership;
import vn.dangbo.portal.api.query.BranchReferral;
import vn.dangbo.portal.api.query.CandidateMove;
import vn.dangbo.portal.api.query.CommitteePlan;
import vn.dangbo.portal.api.query.CommitteeTraining;
import vn.dangbo.portal.api.query.WorkRecords;
import vn.dangbo.portal.core.rules.AdmissionRules;
import vn.dangbo.portal.core.rules.Age;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.work.PlanKind;

/** Records of party work: committee training, branch leadership, plans, candidate hand-overs, referrals. */
public final class SqlWorkRecords implements WorkRecords {

    private static final List<OrganisationType> TRAINED_COMMITTEES = List.of(OrganisationType.BRANCH,
            OrganisationType.PARTIAL_COMMITTEE, OrganisationType.GRASSROOTS_COMMITTEE);
    private static final List<OrganisationType> BRANCHES =
            List.of(OrganisationType.BRANCH, OrganisationType.GRASSROOTS_BRANCH);
    private static final List<UnitKind> PRIVATE_UNITS = List.of(UnitKind.PRIVATE_COMPANY, UnitKind.HOUSEHOLD_BUSINESS);
    private static final String VALID_O = " o.valid_from <= ? AND (o.valid_to IS NULL OR o.valid_to >= ?) ";
    /** A certificate event that counts: not withdrawn and not corrected later. */
    private static final String EFFECTIVE_E = " e.voids = FALSE AND NOT EXISTS (SELECT 1 FROM membership_event x "
            + "WHERE x.corrects_id = e.id) ";

    private final Sql sql;
    private final TerritoryScope scope;
    private final RuleSettings settings;

    public SqlWorkRecords(Connection connection, Territory territory, RuleSettings settings) {
        this(connection, TerritoryOn.eachDay(territory), settings);
    }

    public SqlWorkRecords(Connection connection, TerritoryOn extent, RuleSettings settings) {
        this.sql = new Sql(connection);
        this.scope = new TerritoryScope(extent, sql);
        this.settings = settings;
    }

    @Override
    public List<CommitteeTraining> committeeTraining(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        // Training is looked up per committee member (committee_training_person_idx), not as the year's
        // trainees of the whole country joined afterwards: the cost follows the province.
        List<Object[]> rows = sql.list("SELECT o.id, o.name, o.org_type, COUNT(DISTINCT c.person_id), "
                + "COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM committee_training t WHERE t.person_id = c.person_id "
                + "AND t.course_date BETWEEN ? AND ?) THEN c.person_id END) FROM party_organisation o "
                + "LEFT JOIN committee_member c ON c.organisation_id = o.id AND c.valid_from <= ? "
                + "AND (c.valid_to IS NULL OR c.valid_to >= ?) "
                + "WHERE o.org_type IN (?) AND" + VALID_O + "AND o.former_province IN (?) "
                + "GROUP BY o.id, o.name, o.org_type, o.sort_key ORDER BY o.sort_key, o.id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5)},
                start, end, end, end, TRAINED_COMMITTEES, end, end, scope.provincesOn(end));
        boolean recordsExist = rows.stream().anyMatch(r -> (long) r[4] > 0);
        return rows.stream().map(r -> new CommitteeTraining((long) r[0], (String) r[1], (OrganisationType) r[2],
                (long) r[3], (long) r[4], recordsExist)).toList();
    }

    @Override
    public List<BranchLeadership> residentialBranchLeadership(LocalDate date) {
        Set<String> provinces = scope.provincesOn(date);
        Map<Long, Set<AreaKind>> kinds = new HashMap<>();
        sql.list("SELECT oa.organisation_id, a.kind FROM organisation_area oa JOIN area a ON a.id = oa.area_id "
                + "JOIN party_organisation o ON o.id = oa.organisation_id WHERE o.former_province IN (?)", rs -> {
                    kinds.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(AreaKind.class))
                            .add(AreaKind.valueOf(rs.getString(2)));
                    return null;
                }, provinces);
        return sql.list("SELECT o.id, o.name, pe.birth_date, CASE WHEN c.person_id IS NOT NULL AND EXISTS ("
                + "SELECT 1 FROM area_position_holder h JOIN organisation_area oa ON oa.area_id = h.area_id "
                + "WHERE oa.organisation_id = o.id AND h.person_id = c.person_id AND h.position_kind = 'AREA_HEAD' "
                + "AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to >= ?)) THEN 1 ELSE 0 END AS head "
                + "FROM party_organisation o LEFT JOIN committee_member c ON c.organisation_id = o.id "
                + "AND c.role = 'SECRETARY' AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?) "
                + "LEFT JOIN person pe ON pe.id = c.person_id "
                + "WHERE o.sector = ? AND o.org_type IN (?) AND" + VALID_O + "AND o.former_province IN (?) "
                + "ORDER BY o.sort_key, o.id",
                rs -> {
                    LocalDate born = Sql.date(rs, "birth_date");
                    long id = rs.getLong("id");
                    return new BranchLeadership(id, rs.getString("name"),
                            kinds.getOrDefault(id, Set.of()), born != null, rs.getInt("head") == 1,
                            born == null ? -1 : Age.wholeYears(born, date));
                },
                date, date, date, date, Sector.RESIDENTIAL, BRANCHES, date, date, provinces);
    }

    @Override
    public List<CommitteePlan> admissionPlans(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Structure structure = Structure.load(sql, scope.provincesOn(end));
        Map<Long, PlanTotals> perCommittee = new LinkedHashMap<>();
        for (Structure.Org org : structure.validOrdered(end)) {
            if (structure.isDirectCommittee(org.id(), end)) {
                perCommittee.put(org.id(), new PlanTotals(org.name()));
            }
        }
        sql.list("SELECT ap.organisation_id, ap.plan_kind, ap.from_year, ap.to_year, ap.quota FROM admission_plan ap "
                + "WHERE ap.from_year <= ? AND ap.to_year >= ? ORDER BY ap.from_year, ap.id", rs -> {
                    PlanTotals totals = perCommittee.get(structure.resolve(rs.getLong(1), end));
                    if (totals != null) {
                        Integer quota = rs.getObject(5) == null ? null : rs.getInt(5);
                        if (PlanKind.valueOf(rs.getString(2)) == PlanKind.YEAR) {
                            totals.yearPlan = true;
                            if (quota != null) {
                                totals.yearQuota = (totals.yearQuota == null ? 0 : totals.yearQuota) + quota;
                            }
                        } else {
                            totals.terms.add(new CommitteePlan.TermPlan(rs.getInt(3), rs.getInt(4), quota));
                        }
                    }
                    return null;
                }, year, year);
        List<CommitteePlan> result = new ArrayList<>();
        perCommittee.forEach((id, t) -> result.add(new CommitteePlan(id, t.name, t.yearPlan, t.yearQuota, t.terms)));
        return result;
    }

    private static final class PlanTotals {
        private final String name;
        private boolean yearPlan;
        private Integer yearQuota;
        private final List<CommitteePlan.TermPlan> terms = new ArrayList<>();

        PlanTotals(String name) {
            this.name = name;
        }
    }

    @Override
    public List<CandidateMove> candidateMoves(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        AdmissionRules rules = new AdmissionRules(settings);
        List<CandidateMove> moves = new ArrayList<>();
        sql.list("SELECT m.id, m.from_organisation_id, o.name AS from_name, COALESCE(t.name, m.destination) AS to_name, "
                + "m.move_date, (SELECT MAX(e.event_date) FROM membership_event e WHERE e.person_id = m.person_id "
                + "AND e.kind = 'AWARENESS_CERTIFICATE' AND e.event_date <= m.move_date AND" + EFFECTIVE_E
                + ") AS certificate, CASE WHEN EXISTS (SELECT 1 FROM membership_period p WHERE p.person_id = m.person_id "
                + "AND p.start_date <= m.move_date AND (p.end_date IS NULL OR p.end_date >= m.move_date)) "
                + "THEN 1 ELSE 0 END AS member, "
                + "(SELECT COUNT(*) FROM handover_notice n WHERE n.move_id = m.id) AS notices, "
                + "(SELECT COUNT(*) FROM handover_notice n WHERE n.move_id = m.id AND n.acknowledged_on IS NOT NULL) AS acks "
                + "FROM candidate_move m JOIN party_organisation o ON o.id = m.from_organisation_id "
                + "LEFT JOIN party_organisation t ON t.id = m.to_organisation_id "
                + "WHERE m.move_date BETWEEN ? AND ? AND o.former_province IN (?) ORDER BY m.move_date, m.id",
                rs -> {
                    LocalDate moved = Sql.date(rs, "move_date");
                    LocalDate certificate = Sql.date(rs, "certificate");
                    if (rs.getInt("member") == 0 && rules.certificateValid(certificate, moved)) {
                        moves.add(new CandidateMove(rs.getLong("id"), rs.getLong("from_organisation_id"),
                                rs.getString("from_name"), rs.getString("to_name"), moved, rs.getLong("notices") > 0,
                                rs.getLong("acks") > 0));
                    }
                    return null;
                }, start, end, scope.provincesOn(end));
        return moves;
    }

    @Override
    public List<BranchReferral> residentialReferrals(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<String> provinces = scope.provincesOn(end);
        // A "such worker" on day d: lives in the branch's area, works in a private company or household
        // business that has no party organisation on d, and is not a member on d.
        String suchWorkerOn = " JOIN person_occupation po ON po.person_id = pe.id AND po.valid_from <= %1$s "
                + "AND (po.valid_to IS NULL OR po.valid_to >= %1$s) "
                + "JOIN economic_unit u ON u.id = po.unit_id AND u.kind IN (?) AND u.valid_from <= %1$s "
                + "AND (u.valid_to IS NULL OR u.valid_to >= %1$s) "
                + "WHERE NOT EXISTS (SELECT 1 FROM party_organisation x WHERE x.unit_id = u.id "
                + "AND x.valid_from <= %1$s AND (x.valid_to IS NULL OR x.valid_to >= %1$s)) "
                + "AND NOT EXISTS (SELECT 1 FROM membership_period p WHERE p.person_id = pe.id "
                + "AND p.start_date <= %1$s AND (p.end_date IS NULL OR p.end_date >= %1$s)) ";
        Map<Long, Long> workers = new HashMap<>();
        sql.list("SELECT oa.organisation_id, COUNT(DISTINCT pe.id) FROM organisation_area oa "
                + "JOIN party_organisation o ON o.id = oa.organisation_id "
                + "JOIN person pe ON pe.residence_area_id = oa.area_id" + suchWorkerOn.formatted("?")
                + "AND o.sector = ? AND o.org_type IN (?) AND" + VALID_O + "AND o.former_province IN (?) "
                + "GROUP BY oa.organisation_id", rs -> workers.put(rs.getLong(1), rs.getLong(2)),
                end, end, PRIVATE_UNITS, end, end, end, end, end, end, Sector.RESIDENTIAL, BRANCHES, end, end,
                provinces);
        Map<Long, Long> referred = new HashMap<>();
        sql.list("SELECT e.organisation_id, COUNT(DISTINCT e.id) FROM membership_event e "
                // the territory's branches only, so that the cost follows the province, not the country
                + "JOIN party_organisation o ON o.id = e.organisation_id AND o.former_province IN (?) "
                + "JOIN person pe ON pe.id = e.person_id "
                + "JOIN organisation_area oa ON oa.organisation_id = e.organisation_id AND oa.area_id = pe.residence_area_id"
                + suchWorkerOn.formatted("e.event_date")
                + "AND e.kind = 'CANDIDATE_REGISTRATION' AND e.event_date BETWEEN ? AND ? AND" + EFFECTIVE_E
                + "GROUP BY e.organisation_id", rs -> referred.put(rs.getLong(1), rs.getLong(2)),
                provinces, PRIVATE_UNITS, start, end);
        Structure structure = Structure.load(sql, provinces);
        List<BranchReferral> result = new ArrayList<>();
        for (Structure.Org org : structure.validOrdered(end)) {
            if (org.sector() != Sector.RESIDENTIAL || !BRANCHES.contains(org.type())) {
                continue;
            }
            long w = workers.getOrDefault(org.id(), 0L);
            long r = referred.getOrDefault(org.id(), 0L);
            if (w > 0 || r > 0) {
                result.add(new BranchReferral(org.id(), org.name(), w, r));
            }
        }
        return result;
    }
}
