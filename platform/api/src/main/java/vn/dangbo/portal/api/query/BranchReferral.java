package vn.dangbo.portal.api.query;

/**
 * Workers of private units without a party organisation living in a residential branch's areas.
 *
 * @param organisationId the residential branch
 * @param name           its name
 * @param suchWorkers    non-members living in its areas on 31/12 and working in a private company or
 *                       household business without a party organisation
 * @param referred       candidate registrations by the branch in the year of people who were such
 *                       workers on that date
 */
public record BranchReferral(long organisationId, String name, long suchWorkers, long referred) {
}
