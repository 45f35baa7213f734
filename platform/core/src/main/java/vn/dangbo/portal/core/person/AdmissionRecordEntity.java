package vn.dangbo.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** Projection: one admission with its ceremony, probation end, recognition and leaving dates. */
@Entity
@Table(name = "admission_record")
public class AdmissionRecordEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "age_months", nullable = false)
    private int ageMonths;

    @Column(name = "occupation")
    private String occupation;

    @Column(name = "religious", nullable = false)
    private boolean religious;

    @Column(name = "ceremony_date")
    private LocalDate ceremonyDate;

    @Column(name = "probation_end")
    private LocalDate probationEnd;

    @Column(name = "recognition_date")
    private LocalDate recognitionDate;

    @Column(name = "left_date")
    private LocalDate leftDate;

    protected AdmissionRecordEntity() {
        // for JPA
    }

    public AdmissionRecordEntity(long personId, long eventId, long organisationId, LocalDate decisionDate, int ageMonths, String occupation, boolean religious, LocalDate ceremonyDate, LocalDate probationEnd, LocalDate recognitionDate, LocalDate leftDate) {
        this.personId = personId;
        this.eventId = eventId;
        this.organisationId = organisationId;
        this.decisionDate = decisionDate;
        this.ageMonths = ageMonths;
        this.occupation = occupation;
        this.religious = religious;
        this.ceremonyDate = ceremonyDate;
        this.probationEnd = probationEnd;
        this.recognitionDate = recognitionDate;
        this.leftDate = leftDate;
    }

    public long getPersonId() {
        return personId;
    }

    public long getEventId() {
        return eventId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public int getAgeMonths() {
        return ageMonths;
    }

    public String getOccupation() {
        return occupation;
    }

    public boolean isReligious() {
        return religious;
    }

    public LocalDate getCeremonyDate() {
        return ceremonyDate;
    }

    public LocalDate getProbationEnd() {
        return probationEnd;
    }

    public LocalDate getRecognitionDate() {
        return recognitionDate;
    }

    public LocalDate getLeftDate() {
        return leftDate;
    }
}
