package vn.dangbo.portal.api.query;

import java.util.Set;
import vn.dangbo.portal.api.model.AreaKind;

/**
 * The secretary of a residential branch on a date.
 *
 * @param organisationId      the branch
 * @param name                its name
 * @param areaKinds           kinds of the areas it serves
 * @param secretaryPresent    the branch has a secretary that day
 * @param secretaryIsAreaHead the secretary holds the head post of one of the branch's areas that day
 * @param secretaryAgeYears   whole years of age of the secretary that day; -1 when there is none
 */
public record BranchLeadership(long organisationId, String name, Set<AreaKind> areaKinds, boolean secretaryPresent,
        boolean secretaryIsAreaHead, int secretaryAgeYears) {

    public BranchLeadership {
        areaKinds = Set.copyOf(areaKinds);
    }
}
