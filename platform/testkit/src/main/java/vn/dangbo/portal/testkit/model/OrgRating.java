package vn.dangbo.portal.testkit.model;

import vn.dangbo.portal.api.model.RatingGrade;

/** The yearly rating of an organisation; it counts for the record it names only. */
public record OrgRating(long organisationId, int year, RatingGrade grade) {
}
