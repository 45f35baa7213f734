package vn.dangbo.portal.core.person;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.rules.LifecycleEvent;
import vn.dangbo.portal.core.rules.MembershipHistory;
import vn.dangbo.portal.core.rules.RuleSettings;

/**
 * Records membership events within the caller's transaction: checks the event against the person's
 * whole history before anything is written, then stores it and rebuilds the person's projections
 * (membership periods, admission records). Plain Java, so that an importer can use it row by row and
 * keep a refused row from marking the file's transaction for rollback.
 */
public final class MembershipWriter {

    /** Events whose organisation must exist on the event date. */
    private static final Set<MembershipEventKind> ORGANISATION_VALID_ON_DATE = EnumSet.of(
            MembershipEventKind.CANDIDATE_REGISTRATION, MembershipEventKind.ADMISSION,
            MembershipEventKind.TRANSFER_IN, MembershipEventKind.TEMPORARY_TRANSFER);

    private final EntityManager em;
    private final MembershipHistory history;

    public MembershipWriter(EntityManager em, RuleSettings settings) {
        this.em = em;
        this.history = new MembershipHistory(settings);
    }

    public MembershipEventView record(long personId, EventData data) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        if (data == null) {
            throw new ValidationException("event", "Bắt buộc nhập");
        }
        Violations v = new Violations().required(data.kind(), "kind").required(data.date(), "eventDate");
        if (data.correctsId() != null) {
            v.required(data.reason(), "reason");
        }
        v.throwIfAny();
        if (data.correctsId() != null) {
            MembershipEventEntity corrected = Records.require(em, MembershipEventEntity.class, data.correctsId(),
                    "correctsId");
            if (corrected.getPersonId() != personId || corrected.getKind() != data.kind()) {
                throw new ValidationException("correctsId", "Sự kiện đính chính phải cùng người và cùng loại ("
                        + corrected.getKind() + ")");
            }
        }
        if (data.organisationId() != null) {
            OrganisationEntity org = Records.require(em, OrganisationEntity.class, data.organisationId(),
                    "organisationId");
            if (ORGANISATION_VALID_ON_DATE.contains(data.kind()) && !org.validOn(data.date())) {
                throw new ValidationException("organisationId", org.getName() + " không tồn tại vào ngày " + data.date());
            }
        }
        String occupation = null;
        String religion = null;
        if (data.kind() == MembershipEventKind.ADMISSION) {
            // Kept with the admission: what the person did and believed on the decision date.
            occupation = occupationOn(personId, data.date());
            religion = person.getReligion();
        }
        // Checked before anything is written: the new event comes after every recorded one of its date.
        List<LifecycleEvent> candidate = new ArrayList<>(lifecycle(personId));
        candidate.add(new LifecycleEvent(Long.MAX_VALUE, data.kind(), data.date(), data.organisationId(),
                data.detail(), data.voteDate(), occupation, religion != null, data.correctsId(), data.voids()));
        history.replay(candidate, person.getBirthDate());

        MembershipEventEntity event = new MembershipEventEntity(personId, data, occupation, religion,
                LocalDateTime.now());
        em.persist(event);
        rebuild(personId);
        return event.toView();
    }

    /** Replays the person's history (refusing it if a rule fails) and rewrites the projections. */
    public MembershipHistory.Result rebuild(long personId) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        MembershipHistory.Result result = history.replay(lifecycle(personId), person.getBirthDate());
        em.createQuery("DELETE FROM MembershipPeriodEntity p WHERE p.personId = :p").setParameter("p", personId)
                .executeUpdate();
        em.createQuery("DELETE FROM AdmissionRecordEntity a WHERE a.personId = :p").setParameter("p", personId)
                .executeUpdate();
        for (MembershipHistory.Period p : result.periods()) {
            em.persist(new MembershipPeriodEntity(personId, p.organisationId(), p.start(), p.end(), p.endReason()));
        }
        for (MembershipHistory.Admission a : result.admissions()) {
            em.persist(new AdmissionRecordEntity(personId, a.eventId(), a.organisationId(), a.decision(),
                    a.ageMonths(), a.occupation(), a.religious(), a.ceremony(), a.probationEnd(), a.recognition(),
                    a.left()));
        }
        return result;
    }

    public MembershipHistory.Result replay(long personId) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        return history.replay(lifecycle(personId), person.getBirthDate());
    }

    public List<MembershipEventEntity> events(long personId) {
        return em.createQuery("SELECT e FROM MembershipEventEntity e WHERE e.personId = :p ORDER BY e.id",
                MembershipEventEntity.class).setParameter("p", personId).getResultList();
    }

    private List<LifecycleEvent> lifecycle(long personId) {
        return events(personId).stream().map(MembershipEventEntity::toLifecycleEvent).toList();
    }

    private String occupationOn(long personId, LocalDate date) {
        List<PersonOccupationEntity> found = em.createQuery("SELECT o FROM PersonOccupationEntity o "
                + "WHERE o.personId = :p AND o.validFrom <= :d AND (o.validTo IS NULL OR o.validTo >= :d)",
                PersonOccupationEntity.class).setParameter("p", personId).setParameter("d", date).getResultList();
        return found.isEmpty() ? null : found.get(0).getOccupation().name();
    }
}
