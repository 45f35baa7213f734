package vn.dangbo.portal.web.rest.person;

import java.time.LocalDate;

/**
 * The body of every lifecycle action. Which fields an action reads is documented on its endpoint.
 *
 * @param eventDate      the date of the event (the decision date for decisions)
 * @param organisationId the organisation concerned (registering, admitting, from, to, host)
 * @param voteDate       the branch vote (admission): the age is checked on it
 * @param decisionRef    number of the decision or certificate
 * @param counterpart    where the member went or came from, outside the portal
 * @param kind           exit kind (REMOVAL, EXPULSION, LEFT_AT_OWN_REQUEST, DEATH) or discipline kind
 *                       (REPRIMAND, WARNING, DISMISSAL)
 * @param direction      transfers: OUT or IN
 * @param mode           transfers: PERMANENT or TEMPORARY
 */
public record EventRequest(LocalDate eventDate, Long organisationId, LocalDate voteDate, String decisionRef,
        String counterpart, String kind, String direction, String mode) {
}
