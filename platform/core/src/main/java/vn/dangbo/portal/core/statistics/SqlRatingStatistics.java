package vn.dangbo.portal.core.statistics;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.api.query.RatingStatistics;

/** Yearly ratings of the territory: a rating counts for the record it names, never for a successor. */
public final class SqlRatingStatistics implements RatingStatistics {

    private static final List<OrganisationType> GRASSROOTS =
            List.of(OrganisationType.GRASSROOTS_COMMITTEE, OrganisationType.GRASSROOTS_BRANCH);

    private final Sql sql;
    private final TerritoryScope scope;

    public SqlRatingStatistics(Connection connection, Territory territory) {
        this(connection, TerritoryOn.eachDay(territory));
    }

    public SqlRatingStatistics(Connection connection, TerritoryOn extent) {
        this.sql = new Sql(connection);
        this.scope = new TerritoryScope(extent, sql);
    }

    @Override
    public List<OrganisationRating> organisationRatings(int year) {
        return sql.list("SELECT o.id, o.name, o.org_type, r.grade FROM organisation_rating r "
                + "JOIN party_organisation o ON o.id = r.organisation_id WHERE r.rating_year = ? "
                + "AND o.org_type IN (?) AND o.former_province IN (?) ORDER BY o.sort_key, o.id",
                rs -> new OrganisationRating(rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                        RatingGrade.valueOf(rs.getString(4))),
                year, GRASSROOTS, scope.provincesOn(LocalDate.of(year, 12, 31)));
    }

    @Override
    public List<GradeCounts> memberRatings(int year) {
        StringBuilder columns = new StringBuilder();
        for (RatingGrade grade : RatingGrade.values()) {
            columns.append(", SUM(CASE WHEN r.grade = '").append(grade.name()).append("' THEN 1 ELSE 0 END)");
        }
        return sql.list("SELECT o.id, o.name" + columns + " FROM member_rating r "
                + "JOIN party_organisation o ON o.id = r.organisation_id WHERE r.rating_year = ? "
                + "AND o.former_province IN (?) GROUP BY o.id, o.name, o.sort_key ORDER BY o.sort_key, o.id",
                rs -> new GradeCounts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)),
                year, scope.provincesOn(LocalDate.of(year, 12, 31)));
    }
}
