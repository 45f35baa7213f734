package vn.dangbo.portal.core.rules;

import java.time.LocalDate;
import vn.dangbo.portal.core.person.MembershipEventKind;

/**
 * A recorded membership event as the lifecycle rules see it.
 *
 * @param id             the event's id (order of recording breaks ties of the same date)
 * @param kind           what happened
 * @param date           when (decision date for decisions)
 * @param organisationId the organisation concerned (admitting, from, to, host), if any
 * @param detail         transfer mode, exit kind or discipline kind, as their enum names
 * @param voteDate       the branch vote, for an admission (the age is checked on it)
 * @param occupation     occupation at admission (kept with the admission)
 * @param religious      whether the person had a religion at admission
 * @param correctsId     the event this one corrects, null for an original
 * @param voids          a correction that withdraws the corrected event
 */
public record LifecycleEvent(long id, MembershipEventKind kind, LocalDate date, Long organisationId, String detail,
        LocalDate voteDate, String occupation, boolean religious, Long correctsId, boolean voids) {

    /** An original event with no admission details. */
    public static LifecycleEvent of(long id, MembershipEventKind kind, LocalDate date, Long organisationId,
            String detail) {
        return new LifecycleEvent(id, kind, date, organisationId, detail, null, null, false, null, false);
    }
}
