package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** The notice an origin organisation sends about a moved candidate, and its acknowledgement. */
@Entity
@Table(name = "handover_notice")
public class HandoverNoticeEntity extends IdentifiedEntity {

    @Column(name = "move_id", nullable = false)
    private long moveId;

    @Column(name = "issued_by_id", nullable = false)
    private long issuedById;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    protected HandoverNoticeEntity() {
        // for JPA
    }

    public HandoverNoticeEntity(long moveId, long issuedById, LocalDate issuedOn) {
        this.moveId = moveId;
        this.issuedById = issuedById;
        this.issuedOn = issuedOn;
    }

    public long getMoveId() {
        return moveId;
    }

    public long getIssuedById() {
        return issuedById;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    /** The destination confirms it received the notice. */
    public void acknowledge(LocalDate on, String by) {
        this.acknowledgedOn = on;
        this.acknowledgedBy = by;
    }
}
