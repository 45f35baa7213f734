package vn.dangbo.portal.core.statistics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaPosition;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.query.Directory;

/** The territory's structure on a date, read from the validity columns of every record. */
public final class SqlDirectory implements Directory {

    private static final String AREA_COLUMNS = "a.id, a.code, a.name, a.kind, a.parent_id, a.former_province, "
            + "a.valid_from, a.valid_to";
    private static final String AREA_VALID = " a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?) "
            + "AND a.former_province IN (?) AND a.kind IN (?) ";

    private final Sql sql;
    private final TerritoryScope scope;

    public SqlDirectory(Connection connection, Territory territory) {
        this(connection, TerritoryOn.eachDay(territory));
    }

    public SqlDirectory(Connection connection, TerritoryOn extent) {
        this.sql = new Sql(connection);
        this.scope = new TerritoryScope(extent, sql);
    }

    @Override
    public List<OrganisationSummary> organisations(LocalDate date) {
        Structure structure = Structure.load(sql, scope.provincesOn(date));
        return structure.validOrdered(date).stream().map(org -> structure.summary(org, date)).toList();
    }

    @Override
    public List<AreaSummary> areas(LocalDate date, Set<AreaKind> kinds) {
        return sql.list("SELECT " + AREA_COLUMNS + " FROM area a WHERE" + AREA_VALID + "ORDER BY a.sort_key, a.id",
                SqlDirectory::area, date, date, scope.provincesOn(date), allIfEmpty(kinds));
    }

    @Override
    public List<AreaPosition> positions(LocalDate date, PositionKind position, Set<AreaKind> kinds) {
        return sql.list("SELECT " + AREA_COLUMNS + ", h.person_id, CASE WHEN h.person_id IS NOT NULL AND EXISTS ("
                + "SELECT 1 FROM membership_period p WHERE p.person_id = h.person_id AND"
                + SqlMemberStatistics.MEMBER_ON + ") THEN 1 ELSE 0 END AS is_member FROM area a "
                + "LEFT JOIN area_position_holder h ON h.area_id = a.id AND h.position_kind = ? "
                + "AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to >= ?) "
                + "WHERE" + AREA_VALID + "ORDER BY a.sort_key, a.id",
                rs -> {
                    boolean vacant = Sql.nullableLong(rs, "person_id") == null;
                    return new AreaPosition(area(rs), position, vacant, !vacant && rs.getInt("is_member") == 1);
                },
                date, date, position, date, date, date, date, scope.provincesOn(date), allIfEmpty(kinds));
    }

    @Override
    public List<UnitSummary> units(LocalDate date, Set<UnitKind> kinds) {
        Set<UnitKind> wanted = kinds.isEmpty() ? EnumSet.allOf(UnitKind.class) : kinds;
        return sql.list("SELECT u.id, u.code, u.name, u.kind, u.area_id, u.former_province, u.valid_from, u.valid_to, "
                + "(SELECT w.workers FROM unit_worker_count w WHERE w.unit_id = u.id AND w.observed_on <= ? "
                + "ORDER BY w.observed_on DESC LIMIT 1) AS workers, "
                + "(SELECT MIN(o.id) FROM party_organisation o WHERE o.unit_id = u.id AND o.valid_from <= ? "
                + "AND (o.valid_to IS NULL OR o.valid_to >= ?)) AS organisation_id, "
                + "(SELECT COUNT(DISTINCT po.person_id) FROM person_occupation po "
                + "JOIN membership_period p ON p.person_id = po.person_id WHERE po.unit_id = u.id "
                + "AND po.valid_from <= ? AND (po.valid_to IS NULL OR po.valid_to >= ?) AND"
                + SqlMemberStatistics.MEMBER_ON + ") AS members "
                + "FROM economic_unit u WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?) "
                + "AND u.former_province IN (?) AND u.kind IN (?) ORDER BY u.sort_key, u.id",
                rs -> {
                    long workers = rs.getLong("workers");
                    Integer stable = rs.wasNull() ? null : (int) workers;
                    return new UnitSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            UnitKind.valueOf(rs.getString("kind")), Sql.nullableLong(rs, "area_id"),
                            rs.getString("former_province"), stable, Sql.nullableLong(rs, "organisation_id"),
                            rs.getLong("members"), Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to"));
                },
                date, date, date, date, date, date, date, date, date, scope.provincesOn(date), wanted);
    }

    /**
     * The population of the year summed over the communes and wards of the territory valid on 31/12;
     * empty when there are none or when any of them lacks the year's figure.
     */
    @Override
    public OptionalLong population(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<long[]> rows = sql.list("SELECT COUNT(*), COUNT(ap.population), SUM(ap.population) FROM area a "
                + "LEFT JOIN area_population ap ON ap.area_id = a.id AND ap.pop_year = ? WHERE" + AREA_VALID,
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                year, end, end, scope.provincesOn(end), List.of(AreaKind.COMMUNE, AreaKind.WARD));
        long[] row = rows.get(0);
        if (row[0] == 0 || row[1] < row[0]) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(row[2]);
    }

    /** The recorded population of one area of the territory for the year; empty when not recorded. */
    @Override
    public OptionalLong areaPopulation(long areaId, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Long> rows = sql.list("SELECT ap.population FROM area_population ap JOIN area a ON a.id = ap.area_id "
                + "WHERE ap.area_id = ? AND ap.pop_year = ? AND a.former_province IN (?)",
                rs -> rs.getLong(1), areaId, year, scope.provincesOn(end));
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0));
    }

    private static Set<AreaKind> allIfEmpty(Set<AreaKind> kinds) {
        return kinds == null || kinds.isEmpty() ? EnumSet.allOf(AreaKind.class) : kinds;
    }

    static AreaSummary area(ResultSet rs) throws SQLException {
        return new AreaSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                AreaKind.valueOf(rs.getString("kind")), Sql.nullableLong(rs, "parent_id"),
                rs.getString("former_province"), Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to"));
    }
}
