package vn.dangbo.portal.core.rating;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.person.PersonEntity;
import vn.dangbo.portal.core.rules.ExcellentCapRule;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/** Records the yearly quality ratings decided for members and for grassroots organisations. */
@Stateless
public class RatingRecorder {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    @EJB
    private RuleSettingsService settings;

    /**
     * The ratings of members of one grassroots organisation for a year, decided together (a member
     * rated again that year is re-rated). The optional cap on "xuất sắc" is checked on the result.
     */
    public void rateMembers(long organisationId, int year, Map<Long, RatingGrade> grades) {
        OrganisationEntity org = owned.organisation(organisationId, "organisationId");
        new Violations().check(org.getType().isGrassroots(), "organisationId",
                "Xếp loại đảng viên theo tổ chức cơ sở đảng; " + org.getName() + " là " + org.getType())
                .check(grades != null && !grades.isEmpty(), "grades", "Bắt buộc nhập").throwIfAny();
        grades.forEach((personId, grade) -> {
            owned.person(personId, "grades");
            if (grade == null) {
                throw new ValidationException("grades", "Thiếu xếp loại của người " + personId);
            }
            em.createQuery("DELETE FROM MemberRatingEntity r WHERE r.personId = :p AND r.ratingYear = :y")
                    .setParameter("p", personId).setParameter("y", year).executeUpdate();
            em.persist(new MemberRatingEntity(personId, year, organisationId, grade));
        });
        long excellent = countGrade(organisationId, year, RatingGrade.EXCELLENT);
        long good = countGrade(organisationId, year, RatingGrade.GOOD);
        new ExcellentCapRule(settings.current()).check(excellent, good, "grades");
    }

    /** The rating of a grassroots organisation for a year (re-rating replaces it). */
    public void rateOrganisation(long organisationId, int year, RatingGrade grade) {
        OrganisationEntity org = owned.organisation(organisationId, "organisationId");
        new Violations().required(grade, "grade").check(org.getType().isGrassroots(), "organisationId",
                "Chỉ xếp loại tổ chức cơ sở đảng; " + org.getName() + " là " + org.getType()).throwIfAny();
        em.createQuery("DELETE FROM OrganisationRatingEntity r WHERE r.organisationId = :o AND r.ratingYear = :y")
                .setParameter("o", organisationId).setParameter("y", year).executeUpdate();
        em.persist(new OrganisationRatingEntity(organisationId, year, grade));
    }

    private long countGrade(long organisationId, int year, RatingGrade grade) {
        return em.createQuery("SELECT COUNT(r) FROM MemberRatingEntity r WHERE r.organisationId = :o "
                + "AND r.ratingYear = :y AND r.grade = :g", Long.class).setParameter("o", organisationId)
                .setParameter("y", year).setParameter("g", grade).getSingleResult();
    }
}
