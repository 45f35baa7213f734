package vn.dangbo.portal.core.work;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.person.PersonEntity;

/** Seats on party committees over time and the yearly update course of committee members. */
@Stateless
public class CommitteeRecorder {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    /** A person takes a seat from a date; a secretary replaces the previous secretary (ending the day before). */
    public long appoint(long organisationId, long personId, CommitteeRole role, LocalDate from) {
        OrganisationEntity org = owned.organisation(organisationId, "organisationId");
        owned.person(personId, "personId");
        new Violations().required(role, "role").required(from, "from").throwIfAny();
        if (!org.validOn(from)) {
            throw new ValidationException("from", org.getName() + " không tồn tại vào ngày " + from);
        }
        if (role == CommitteeRole.SECRETARY) {
            for (CommitteeMemberEntity seat : em.createQuery("SELECT c FROM CommitteeMemberEntity c "
                    + "WHERE c.organisationId = :o AND c.role = :r AND c.validTo IS NULL", CommitteeMemberEntity.class)
                    .setParameter("o", organisationId).setParameter("r", role).getResultList()) {
                if (!seat.getValidFrom().isBefore(from)) {
                    throw new ValidationException("from", "Đã có bí thư từ ngày " + seat.getValidFrom());
                }
                seat.end(from.minusDays(1));
            }
        }
        CommitteeMemberEntity seat = new CommitteeMemberEntity(organisationId, personId, role, from, null);
        em.persist(seat);
        return seat.getId();
    }

    public void endSeat(long seatId, LocalDate lastDay) {
        CommitteeMemberEntity seat = Records.require(em, CommitteeMemberEntity.class, seatId, "seatId");
        owned.organisation(seat.getOrganisationId(), "seatId");
        new Violations().required(lastDay, "lastDay").throwIfAny();
        if (lastDay.isBefore(seat.getValidFrom())) {
            throw new ValidationException("lastDay", "Trước ngày nhận nhiệm vụ " + seat.getValidFrom());
        }
        seat.end(lastDay);
    }

    public long recordTraining(long personId, LocalDate courseDate, String courseName) {
        owned.person(personId, "personId");
        new Violations().required(courseDate, "courseDate").throwIfAny();
        CommitteeTrainingEntity training = new CommitteeTrainingEntity(personId, courseDate, courseName);
        em.persist(training);
        return training.getId();
    }
}
