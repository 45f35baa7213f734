package vn.dangbo.portal.core.unit;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.core.persistence.Records;

/** Reads a unit with its worker observations. */
@Stateless
public class UnitReader {

    /** A unit as stored, with its dated worker counts (oldest first). */
    public record UnitView(long id, String code, String name, vn.dangbo.portal.api.model.UnitKind kind, Long areaId,
            String formerProvince, LocalDate validFrom, LocalDate validTo, List<WorkerCount> workers) {
    }

    public record WorkerCount(LocalDate observedOn, int workers) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    public UnitView get(long id) {
        UnitEntity u = owned.unit(id, "id");
        List<WorkerCount> counts = em.createQuery("SELECT w FROM UnitWorkerCountEntity w WHERE w.unitId = :u "
                + "ORDER BY w.observedOn", UnitWorkerCountEntity.class).setParameter("u", id).getResultStream()
                .map(w -> new WorkerCount(w.getObservedOn(), w.getWorkers())).toList();
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getKind(), u.getAreaId(), u.getFormerProvince(),
                u.getValidFrom(), u.getValidTo(), counts);
    }
}
