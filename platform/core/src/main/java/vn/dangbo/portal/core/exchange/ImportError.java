package vn.dangbo.portal.core.exchange;

/**
 * One bad cell or row of an imported file.
 *
 * @param file   the file's name
 * @param row    the row number as a spreadsheet shows it (the header is row 1)
 * @param column the column's header, or null when the whole row is wrong
 * @param reason why it was refused
 */
public record ImportError(String file, int row, String column, String reason) {
}
