package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** A member flagged as working away from the place of residence, from when to when. */
@Entity
@Table(name = "away_flag")
public class AwayFlagEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AwayFlagEntity() {
        // for JPA
    }

    public AwayFlagEntity(long personId, LocalDate validFrom, LocalDate validTo) {
        this.personId = personId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getPersonId() {
        return personId;
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
