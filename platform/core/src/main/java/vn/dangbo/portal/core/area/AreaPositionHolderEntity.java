package vn.dangbo.portal.core.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** Who held a position of a residential area (head, Front work committee head), from when to when. */
@Entity
@Table(name = "area_position_holder")
public class AreaPositionHolderEntity extends IdentifiedEntity {

    @Column(name = "area_id", nullable = false)
    private long areaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_kind", nullable = false)
    private PositionKind positionKind;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AreaPositionHolderEntity() {
        // for JPA
    }

    public AreaPositionHolderEntity(long areaId, PositionKind positionKind, long personId, LocalDate validFrom, LocalDate validTo) {
        this.areaId = areaId;
        this.positionKind = positionKind;
        this.personId = personId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getAreaId() {
        return areaId;
    }

    public PositionKind getPositionKind() {
        return positionKind;
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
