package vn.dangbo.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** Projection: membership at one organisation between two dates (inclusive), derived from the events. */
@Entity
@Table(name = "membership_period")
public class MembershipPeriodEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "end_reason")
    private String endReason;

    protected MembershipPeriodEntity() {
        // for JPA
    }

    public MembershipPeriodEntity(long personId, long organisationId, LocalDate startDate, LocalDate endDate, String endReason) {
        this.personId = personId;
        this.organisationId = organisationId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.endReason = endReason;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getEndReason() {
        return endReason;
    }
}
