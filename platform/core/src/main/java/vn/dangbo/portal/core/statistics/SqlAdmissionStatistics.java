package vn.dangbo.portal.core.statistics;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.core.rules.Age;

/**
 * Admission decisions dated in a period, by organisations of the territory, from the admission
 * records projected from the events. Per organisation, an admission follows the admitting
 * organisation through its successors to the period's last day.
 */
public final class SqlAdmissionStatistics implements AdmissionStatistics {

    private static final String FROM = " FROM admission_record a JOIN party_organisation o ON o.id = a.organisation_id "
            + "WHERE a.decision_date BETWEEN ? AND ? AND o.former_province IN (?) ";

    private final Sql sql;
    private final TerritoryScope scope;

    public SqlAdmissionStatistics(Connection connection, Territory territory) {
        this(connection, TerritoryOn.eachDay(territory));
    }

    public SqlAdmissionStatistics(Connection connection, TerritoryOn extent) {
        this.sql = new Sql(connection);
        this.scope = new TerritoryScope(extent, sql);
    }

    @Override
    public long count(LocalDate from, LocalDate to) {
        return sql.count("SELECT COUNT(*)" + FROM, from, to, scope.provincesOn(to));
    }

    @Override
    public List<KeyCount> countBy(LocalDate from, LocalDate to, AdmissionDimension dimension) {
        Set<String> provinces = scope.provincesOn(to);
        return switch (dimension) {
            case ORGANISATION, COMMITTEE -> byOrganisation(from, to, provinces, dimension == AdmissionDimension.COMMITTEE);
            case OCCUPATION -> grouped("COALESCE(a.occupation, 'NONE')", from, to, provinces);
            case RELIGION -> grouped("CASE WHEN a.religious THEN 'RELIGIOUS' ELSE 'NONE' END", from, to, provinces);
            case AGE_BAND -> grouped("CASE WHEN a.age_months BETWEEN " + Age.YOUTH_MIN_MONTHS + " AND "
                    + Age.YOUTH_MAX_MONTHS + " THEN 'YOUTH' ELSE 'OTHER' END", from, to, provinces);
            case YEAR -> grouped("CAST(EXTRACT(YEAR FROM a.decision_date) AS INTEGER)", from, to, provinces);
        };
    }

    private List<KeyCount> grouped(String key, LocalDate from, LocalDate to, Set<String> provinces) {
        return sql.list("SELECT " + key + " AS k, COUNT(*) AS n" + FROM + "GROUP BY " + key + " ORDER BY " + key,
                rs -> new KeyCount(rs.getString("k"), rs.getLong("n")), from, to, provinces);
    }

    /** Counted per admitting organisation in SQL, then followed through successors (and up to the committee). */
    private List<KeyCount> byOrganisation(LocalDate from, LocalDate to, Set<String> provinces, boolean committee) {
        Structure structure = Structure.load(sql, provinces);
        Map<Long, Long> counts = new LinkedHashMap<>();
        sql.list("SELECT a.organisation_id, COUNT(*)" + FROM + "GROUP BY a.organisation_id", rs -> {
            long resolved = structure.resolve(rs.getLong(1), to);
            Long key = committee ? structure.committeeOn(resolved, to) : Long.valueOf(resolved);
            if (key != null) {
                counts.merge(key, rs.getLong(2), Long::sum);
            }
            return null;
        }, from, to, provinces);
        List<KeyCount> result = new ArrayList<>(SqlMemberStatistics.sortedByCommittee(structure, counts));
        // Successors outside the loaded territory keep their id but are listed too.
        Set<String> listed = new java.util.HashSet<>();
        result.forEach(k -> listed.add(k.key()));
        counts.forEach((id, n) -> {
            if (!listed.contains(Long.toString(id))) {
                result.add(new KeyCount(Long.toString(id), n));
            }
        });
        return result;
    }
}
