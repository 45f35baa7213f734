package vn.dangbo.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** A person's occupation over a period, naming the unit worked in when there is one. */
@Entity
@Table(name = "person_occupation")
public class PersonOccupationEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "occupation", nullable = false)
    private Occupation occupation;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected PersonOccupationEntity() {
        // for JPA
    }

    public PersonOccupationEntity(long personId, Occupation occupation, Long unitId, LocalDate validFrom, LocalDate validTo) {
        this.personId = personId;
        this.occupation = occupation;
        this.unitId = unitId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getPersonId() {
        return personId;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** Ends it: {@code last} is its last day. */
    public void end(LocalDate last) {
        this.validTo = last;
    }
}
