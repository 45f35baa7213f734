package vn.dangbo.portal.api.query;

import vn.dangbo.portal.api.model.OrganisationType;

/**
 * Yearly update training of one committee.
 *
 * @param organisationId   the organisation whose committee it is
 * @param name             its name
 * @param type             its type
 * @param committeeMembers secretary, deputies and committee members on 31/12 of the year
 * @param trained          of them, those with a yearly update course dated in the year
 * @param recordsExist     whether any training record of the year exists for the territory
 */
public record CommitteeTraining(long organisationId, String name, OrganisationType type, long committeeMembers,
        long trained, boolean recordsExist) {

    /** Trained when every member of the committee has the course (a committee with nobody is not). */
    public boolean fullyTrained() {
        return committeeMembers > 0 && trained >= committeeMembers;
    }
}
