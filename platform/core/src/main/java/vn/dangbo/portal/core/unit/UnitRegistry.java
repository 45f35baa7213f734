package vn.dangbo.portal.core.unit;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.dangbo.portal.core.area.AreaEntity;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.persistence.Records;

/** Creates economic units and private schools and records their stable workers over time. */
@Stateless
public class UnitRegistry {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    public long create(NewUnit n) {
        new Violations().required(n.code(), "code").required(n.name(), "name").required(n.kind(), "kind")
                .required(n.validFrom(), "validFrom")
                .check(Records.provinceExists(em, n.formerProvince()), "formerProvince",
                        "Không có tỉnh mã " + n.formerProvince())
                .check(n.code() == null || em.createQuery("SELECT COUNT(u) FROM UnitEntity u WHERE u.code = :c",
                        Long.class).setParameter("c", n.code().strip()).getSingleResult() == 0, "code",
                        "Mã " + n.code() + " đã có")
                .throwIfAny();
        owned.requireProvince(n.formerProvince());
        if (n.areaId() != null) {
            owned.area(n.areaId(), "areaId");
        }
        UnitEntity unit = new UnitEntity(n.code().strip(), n.name(), n.kind(), n.areaId(), n.formerProvince(),
                n.validFrom());
        em.persist(unit);
        return unit.getId();
    }

    /** Stable workers observed on a date (replacing an observation of the same date). */
    public void recordWorkers(long unitId, LocalDate observedOn, int workers) {
        owned.unit(unitId, "unitId");
        new Violations().required(observedOn, "observedOn").check(workers >= 0, "workers", "Số lao động không âm")
                .throwIfAny();
        em.createQuery("DELETE FROM UnitWorkerCountEntity w WHERE w.unitId = :u AND w.observedOn = :d")
                .setParameter("u", unitId).setParameter("d", observedOn).executeUpdate();
        em.persist(new UnitWorkerCountEntity(unitId, observedOn, workers));
    }

    public void close(long unitId, LocalDate lastDay) {
        UnitEntity unit = owned.unit(unitId, "unitId");
        new Violations().required(lastDay, "lastDay").throwIfAny();
        if (lastDay.isBefore(unit.getValidFrom())) {
            throw new ValidationException("lastDay", "Trước ngày bắt đầu " + unit.getValidFrom());
        }
        unit.close(lastDay);
    }
}
