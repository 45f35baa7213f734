package vn.dangbo.portal.api.query;

/**
 * Members working away from their residence in a year.
 *
 * @param flagged          members flagged as working away on at least one day of the year
 * @param requestsToLeave  requests to leave the party filed in the year while flagged
 */
public record AwayMembers(long flagged, long requestsToLeave) {
}
