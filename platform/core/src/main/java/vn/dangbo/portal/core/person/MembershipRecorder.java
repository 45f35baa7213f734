package vn.dangbo.portal.core.person;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.rules.MembershipHistory;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/**
 * Records membership events. Each new event (a correction too) is checked by replaying the person's
 * whole history with it; when the history holds, the projections the statistics read (membership
 * periods, admission records) are rebuilt for the person in the same transaction.
 */
@Stateless
public class MembershipRecorder {

    /** Events whose organisation must exist on the event date. */
    private static final Set<MembershipEventKind> ORGANISATION_VALID_ON_DATE = EnumSet.of(
            MembershipEventKind.CANDIDATE_REGISTRATION, MembershipEventKind.ADMISSION,
            MembershipEventKind.TRANSFER_IN, MembershipEventKind.TEMPORARY_TRANSFER);

    /** Where a person stands: lifecycle state, organisation of the current membership, last admission. */
    public record Standing(String state, Long organisationId, LocalDate admittedOn) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private RuleSettingsService settings;

    public MembershipEventView record(long personId, EventData data) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        Violations v = new Violations();
        if (data == null) {
            throw new ValidationException("event", "Bắt buộc nhập");
        }
        v.required(data.kind(), "kind").required(data.date(), "eventDate");
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
        MembershipEventEntity event = new MembershipEventEntity(personId, data, occupation, religion,
                LocalDateTime.now());
        em.persist(event);
        rebuild(personId);
        return event.toView();
    }

    /**
     * A correction of an earlier event: same kind, new values (or a withdrawal when {@code voids}),
     * with the reason. The corrected event stays as it was recorded.
     */
    public MembershipEventView correct(long personId, long correctsId, EventData replacement) {
        MembershipEventEntity corrected = Records.require(em, MembershipEventEntity.class, correctsId, "correctsId");
        EventData data = replacement == null ? null : new EventData(corrected.getKind(), replacement.date(),
                replacement.organisationId(), replacement.detail(), replacement.decisionRef(),
                replacement.counterpart(), replacement.voteDate(), correctsId, replacement.voids(),
                replacement.reason());
        return record(personId, data);
    }

    public List<MembershipEventView> events(long personId) {
        Records.require(em, PersonEntity.class, personId, "personId");
        return eventEntities(personId).stream().map(MembershipEventEntity::toView).toList();
    }

    /** Replays the person's history (refusing it if a rule fails) and rewrites the projections. */
    public MembershipHistory.Result rebuild(long personId) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        List<MembershipEventEntity> events = eventEntities(personId);
        MembershipHistory.Result result = new MembershipHistory(settings.current())
                .replay(events.stream().map(MembershipEventEntity::toLifecycleEvent).toList(), person.getBirthDate());
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

    public Standing standing(long personId) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        MembershipHistory.Result result = new MembershipHistory(settings.current()).replay(
                eventEntities(personId).stream().map(MembershipEventEntity::toLifecycleEvent).toList(),
                person.getBirthDate());
        Long organisation = result.periods().stream().filter(p -> p.end() == null)
                .map(MembershipHistory.Period::organisationId).findFirst().orElse(null);
        LocalDate admitted = result.admissions().isEmpty() ? null
                : result.admissions().get(result.admissions().size() - 1).decision();
        return new Standing(result.state().name(), organisation, admitted);
    }

    private List<MembershipEventEntity> eventEntities(long personId) {
        return em.createQuery("SELECT e FROM MembershipEventEntity e WHERE e.personId = :p ORDER BY e.id",
                MembershipEventEntity.class).setParameter("p", personId).getResultList();
    }

    private String occupationOn(long personId, LocalDate date) {
        List<PersonOccupationEntity> found = em.createQuery("SELECT o FROM PersonOccupationEntity o "
                + "WHERE o.personId = :p AND o.validFrom <= :d AND (o.validTo IS NULL OR o.validTo >= :d)",
                PersonOccupationEntity.class).setParameter("p", personId).setParameter("d", date).getResultList();
        return found.isEmpty() ? null : found.get(0).getOccupation().name();
    }
}
