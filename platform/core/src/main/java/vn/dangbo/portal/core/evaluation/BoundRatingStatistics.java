package vn.dangbo.portal.core.evaluation;

import java.util.List;
import vn.dangbo.portal.api.query.GradeCounts;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.core.statistics.StatisticsQueries;
import vn.dangbo.portal.core.statistics.TerritoryOn;

/** {@link RatingStatistics} bound to a territory; every call is a business method of the EJB. */
record BoundRatingStatistics(TerritoryOn territory, StatisticsQueries queries) implements RatingStatistics {

    @Override
    public List<OrganisationRating> organisationRatings(int year) {
        return queries.organisationRatings(territory, year);
    }

    @Override
    public List<GradeCounts> memberRatings(int year) {
        return queries.memberRatings(territory, year);
    }
}
