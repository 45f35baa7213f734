package vn.dangbo.portal.core.work;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.person.PersonEntity;

/** Members working away from their residence, and their requests to leave the party. */
@Stateless
public class AwayRecorder {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    public long flag(long personId, LocalDate from, LocalDate to) {
        owned.person(personId, "personId");
        new Violations().required(from, "from")
                .check(to == null || from == null || !to.isBefore(from), "to", "Trước ngày bắt đầu").throwIfAny();
        AwayFlagEntity flag = new AwayFlagEntity(personId, from, to);
        em.persist(flag);
        return flag.getId();
    }

    public long requestToLeave(long personId, LocalDate filedOn) {
        owned.person(personId, "personId");
        new Violations().required(filedOn, "filedOn").throwIfAny();
        LeaveRequestEntity request = new LeaveRequestEntity(personId, filedOn);
        em.persist(request);
        return request.getId();
    }
}
