package vn.dangbo.portal.api.model;

/**
 * A count under a key of a grouping (an organisation id, an occupation name, a year...).
 *
 * @param key   the group's key, as documented by the dimension that produced it
 * @param count how many
 */
public record KeyCount(String key, long count) {
}
