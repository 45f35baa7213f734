package vn.dangbo.portal.core.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** Stable workers of a unit observed on a date. */
@Entity
@Table(name = "unit_worker_count")
public class UnitWorkerCountEntity extends IdentifiedEntity {

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(name = "workers", nullable = false)
    private int workers;

    protected UnitWorkerCountEntity() {
        // for JPA
    }

    public UnitWorkerCountEntity(long unitId, LocalDate observedOn, int workers) {
        this.unitId = unitId;
        this.observedOn = observedOn;
        this.workers = workers;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public int getWorkers() {
        return workers;
    }
}
