package vn.dangbo.portal.core.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** A member's yearly quality rating, filed under the grassroots organisation the member belonged to. */
@Entity
@Table(name = "member_rating")
public class MemberRatingEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "rating_year", nullable = false)
    private int ratingYear;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false)
    private RatingGrade grade;

    protected MemberRatingEntity() {
        // for JPA
    }

    public MemberRatingEntity(long personId, int ratingYear, long organisationId, RatingGrade grade) {
        this.personId = personId;
        this.ratingYear = ratingYear;
        this.organisationId = organisationId;
        this.grade = grade;
    }

    public long getPersonId() {
        return personId;
    }

    public int getRatingYear() {
        return ratingYear;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public RatingGrade getGrade() {
        return grade;
    }
}
