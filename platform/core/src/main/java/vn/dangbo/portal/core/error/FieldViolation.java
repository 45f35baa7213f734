package vn.dangbo.portal.core.error;

/**
 * One thing wrong with an input: which field and why, in words an operator can act on.
 *
 * @param field  the input field (JSON property or column name), for example {@code birthDate}
 * @param reason why it was refused
 */
public record FieldViolation(String field, String reason) {
}
