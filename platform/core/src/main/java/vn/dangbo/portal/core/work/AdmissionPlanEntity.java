package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** An admission plan of a committee: for one year, or for a term, with its quota. */
@Entity
@Table(name = "admission_plan")
public class AdmissionPlanEntity extends IdentifiedEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_kind", nullable = false)
    private PlanKind kind;

    @Column(name = "from_year", nullable = false)
    private int fromYear;

    @Column(name = "to_year", nullable = false)
    private int toYear;

    @Column(name = "quota")
    private Integer quota;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    protected AdmissionPlanEntity() {
        // for JPA
    }

    public AdmissionPlanEntity(long organisationId, PlanKind kind, int fromYear, int toYear, Integer quota, LocalDate adoptedOn) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.quota = quota;
        this.adoptedOn = adoptedOn;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public PlanKind getKind() {
        return kind;
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getToYear() {
        return toYear;
    }

    public Integer getQuota() {
        return quota;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }
}
