package vn.dangbo.portal.core.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** An organisation's yearly quality rating; it counts for this record only, never for a successor. */
@Entity
@Table(name = "organisation_rating")
public class OrganisationRatingEntity extends IdentifiedEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "rating_year", nullable = false)
    private int ratingYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false)
    private RatingGrade grade;

    protected OrganisationRatingEntity() {
        // for JPA
    }

    public OrganisationRatingEntity(long organisationId, int ratingYear, RatingGrade grade) {
        this.organisationId = organisationId;
        this.ratingYear = ratingYear;
        this.grade = grade;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getRatingYear() {
        return ratingYear;
    }

    public RatingGrade getGrade() {
        return grade;
    }
}
