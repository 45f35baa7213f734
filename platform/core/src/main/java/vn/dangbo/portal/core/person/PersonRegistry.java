package vn.dangbo.portal.core.person;

import vn.dangbo.portal.core.persistence.OwnedRecords;
import vn.dangbo.portal.core.security.Role;
import vn.dangbo.portal.core.personal.PersonalDataAccessLog;
import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.core.area.AreaEntity;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.unit.UnitEntity;

/** Creates people, keeps their details and their occupation over time. */
@Stateless
public class PersonRegistry {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    @EJB
    private MembershipRecorder membership;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PersonalDataAccessLog accessLog;

    public long create(String externalId, PersonDetails details) {
        Violations v = validate(details).required(externalId, "externalId");
        v.check(externalId == null || findByExternalId(externalId) == null, "externalId",
                "Mã " + externalId + " đã có");
        // A person belongs to the province of the staff member who records them.
        String province = currentUser.province().orElse(null);
        currentUser.requireProvince(province);
        v.throwIfAny();
        requireArea(details);
        PersonEntity person = new PersonEntity(externalId.strip(), details, LocalDateTime.now());
        person.belongTo(province);
        em.persist(person);
        return person.getId();
    }

    public void update(long personId, PersonDetails details) {
        PersonEntity person = require(personId);
        validate(details).throwIfAny();
        requireArea(details);
        person.update(details);
        // The birth date decides ages at admission: the history must still hold.
        membership.rebuild(personId);
    }

    /** The occupation from a date; the previous one ends the day before. */
    public void recordOccupation(long personId, Occupation occupation, Long unitId, LocalDate from) {
        require(personId);
        new Violations().required(occupation, "occupation").required(from, "from").throwIfAny();
        if (unitId != null) {
            owned.unit(unitId, "unitId");
        }
        for (PersonOccupationEntity o : occupations(personId)) {
            if (o.getValidTo() == null || !o.getValidTo().isBefore(from)) {
                if (!o.getValidFrom().isBefore(from)) {
                    throw new ValidationException("from", "Đã có nghề nghiệp từ ngày " + o.getValidFrom());
                }
                o.end(from.minusDays(1));
            }
        }
        em.persist(new PersonOccupationEntity(personId, occupation, unitId, from, null));
    }

    /** The person as their own province's staff see it. */
    public PersonView get(long personId) {
        return view(require(personId));
    }

    /**
     * The full profile for a reader: the person's province staff, or an administrator (who sees the
     * sensitive fields masked, see SensitiveView). Every such read is recorded in the access log.
     */
    public PersonProfile profile(long personId, String purpose) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        if (!currentUser.has(Role.ADMIN)) {
            currentUser.requireProvince(person.getFormerProvince());
        }
        accessLog.recordProfileRead(Long.toString(personId), person.getFormerProvince(), purpose);
        return new PersonProfile(view(person), person.getFormerProvince());
    }

    /** The person, after checking that the caller is staff of the person's province. */
    private PersonEntity require(long personId) {
        PersonEntity person = Records.require(em, PersonEntity.class, personId, "personId");
        currentUser.requireProvince(person.getFormerProvince());
        return person;
    }

    public Long findByExternalId(String externalId) {
        List<Long> ids = em.createQuery("SELECT p.id FROM PersonEntity p WHERE p.externalId = :x", Long.class)
                .setParameter("x", externalId.strip()).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    PersonView view(PersonEntity person) {
        LocalDate today = LocalDate.now();
        PersonOccupationEntity occupation = occupations(person.getId()).stream()
                .filter(o -> !o.getValidFrom().isAfter(today) && (o.getValidTo() == null || !o.getValidTo().isBefore(today)))
                .findFirst().orElse(null);
        MembershipRecorder.Standing standing = membership.standing(person.getId());
        return new PersonView(person.getId(), person.getExternalId(), person.details(),
                occupation == null ? null : occupation.getOccupation(), occupation == null ? null : occupation.getUnitId(),
                standing.state(), standing.organisationId(), standing.admittedOn());
    }

    private List<PersonOccupationEntity> occupations(long personId) {
        return em.createQuery("SELECT o FROM PersonOccupationEntity o WHERE o.personId = :p ORDER BY o.validFrom",
                PersonOccupationEntity.class).setParameter("p", personId).getResultList();
    }

    private void requireArea(PersonDetails details) {
        if (details.residenceAreaId() != null) {
            owned.area(details.residenceAreaId(), "residenceAreaId");
        }
    }

    /** The checks every person passes, field by field. */
    public static Violations validate(PersonDetails d) {
        Violations v = new Violations();
        if (d == null) {
            return v.check(false, "details", "Bắt buộc nhập");
        }
        v.required(d.fullName(), "fullName").required(d.birthDate(), "birthDate").required(d.gender(), "gender");
        v.check(d.birthDate() == null || d.birthDate().isBefore(LocalDate.now()), "birthDate", "Ngày sinh ở tương lai");
        v.check(d.nationalId() == null || d.nationalId().isBlank() || d.nationalId().strip().matches("\\d{12}"),
                "nationalId", "Số CCCD gồm 12 chữ số");
        return v;
    }
}
