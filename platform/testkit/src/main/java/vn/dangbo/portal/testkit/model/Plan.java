package vn.dangbo.portal.testkit.model;

/**
 * An admission plan of an organisation: for one year ({@code fromYear == toYear}, {@code term ==
 * false}) or for a term. The quota is null when the plan sets none.
 */
public record Plan(long organisationId, int fromYear, int toYear, boolean term, Integer quota) {

    public boolean includes(int year) {
        return year >= fromYear && year <= toYear;
    }
}
