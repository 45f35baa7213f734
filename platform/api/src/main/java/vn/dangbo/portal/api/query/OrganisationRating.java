package vn.dangbo.portal.api.query;

import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.RatingGrade;

/**
 * The yearly rating of one organisation.
 *
 * @param organisationId the organisation rated
 * @param name           its name
 * @param type           its type
 * @param grade          the grade decided
 */
public record OrganisationRating(long organisationId, String name, OrganisationType type, RatingGrade grade) {
}
