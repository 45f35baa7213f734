package vn.dangbo.portal.api.model;

/**
 * Who holds a position of a residential area on a date, reduced to what indicators need.
 *
 * @param area           the area
 * @param kind           the position
 * @param vacant         nobody holds it that day
 * @param holderIsMember the holder is a party member (anywhere) that day; false when vacant
 */
public record AreaPosition(AreaSummary area, PositionKind kind, boolean vacant, boolean holderIsMember) {
}
