package vn.dangbo.portal.core.person;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.Occupation;

/**
 * A person as services return it.
 *
 * @param id               id
 * @param externalId       stable external id (imports)
 * @param details          personal details
 * @param occupation       occupation today, null when none is recorded
 * @param occupationUnitId the unit the current occupation names
 * @param state            where the person stands in the lifecycle (NONE, CANDIDATE, PROBATIONARY, FULL,
 *                         IN_TRANSIT, LEFT, DEAD)
 * @param organisationId   the organisation of the current membership, null when not a member
 * @param admittedOn       the last admission decision, null when never admitted
 */
public record PersonView(long id, String externalId, PersonDetails details, Occupation occupation,
        Long occupationUnitId, String state, Long organisationId, LocalDate admittedOn) {
}
