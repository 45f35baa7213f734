package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** A member's request to leave the party, as filed. */
@Entity
@Table(name = "leave_request")
public class LeaveRequestEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    protected LeaveRequestEntity() {
        // for JPA
    }

    public LeaveRequestEntity(long personId, LocalDate filedOn) {
        this.personId = personId;
        this.filedOn = filedOn;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }
}
