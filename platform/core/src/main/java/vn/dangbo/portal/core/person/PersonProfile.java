package vn.dangbo.portal.core.person;

/**
 * A person's full profile with the province the record belongs to, so that the reader's view of
 * the sensitive fields can be chosen (SensitiveView).
 *
 * @param person   the person
 * @param province the province whose staff keep the record
 */
public record PersonProfile(PersonView person, String province) {
}
