package vn.dangbo.portal.core.area;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.person.PersonEntity;

/** Creates areas, records their population and who holds their positions over time. */
@Stateless
public class AreaRegistry {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    public long create(NewArea n) {
        new Violations().required(n.code(), "code").required(n.name(), "name").required(n.kind(), "kind")
                .required(n.validFrom(), "validFrom")
                .check(Records.provinceExists(em, n.formerProvince()), "formerProvince",
                        "Không có tỉnh mã " + n.formerProvince())
                .check(n.code() == null || em.createQuery("SELECT COUNT(a) FROM AreaEntity a WHERE a.code = :c",
                        Long.class).setParameter("c", n.code().strip()).getSingleResult() == 0, "code",
                        "Mã " + n.code() + " đã có")
                .throwIfAny();
        owned.requireProvince(n.formerProvince());
        if (n.parentId() != null) {
            owned.area(n.parentId(), "parentId");
        }
        AreaEntity area = new AreaEntity(n.code().strip(), n.name(), n.kind(), n.parentId(), n.formerProvince(),
                n.validFrom());
        em.persist(area);
        return area.getId();
    }

    public void close(long areaId, LocalDate lastDay) {
        AreaEntity area = owned.area(areaId, "areaId");
        new Violations().required(lastDay, "lastDay").throwIfAny();
        if (lastDay.isBefore(area.getValidFrom())) {
            throw new ValidationException("lastDay", "Trước ngày bắt đầu " + area.getValidFrom());
        }
        area.close(lastDay);
    }

    /** Sets the population of the year (replacing an earlier figure of that year). */
    public void recordPopulation(long areaId, int year, long population) {
        owned.area(areaId, "areaId");
        new Violations().check(population >= 0, "population", "Dân số không âm").throwIfAny();
        em.createQuery("DELETE FROM AreaPopulationEntity p WHERE p.areaId = :a AND p.popYear = :y")
                .setParameter("a", areaId).setParameter("y", year).executeUpdate();
        em.persist(new AreaPopulationEntity(areaId, year, population));
    }

    /** A person takes the position from a date; the previous holder's term ends the day before. */
    public long appoint(long areaId, PositionKind position, long personId, LocalDate from) {
        owned.area(areaId, "areaId");
        owned.person(personId, "personId");
        new Violations().required(position, "position").required(from, "from").throwIfAny();
        vacate(areaId, position, from.minusDays(1));
        AreaPositionHolderEntity holder = new AreaPositionHolderEntity(areaId, position, personId, from, null);
        em.persist(holder);
        return holder.getId();
    }

    /** The position is vacant after {@code lastDay}. */
    public void vacate(long areaId, PositionKind position, LocalDate lastDay) {
        owned.area(areaId, "areaId");
        for (AreaPositionHolderEntity h : em.createQuery("SELECT h FROM AreaPositionHolderEntity h "
                + "WHERE h.areaId = :a AND h.positionKind = :p", AreaPositionHolderEntity.class)
                .setParameter("a", areaId).setParameter("p", position).getResultList()) {
            if (h.getValidTo() == null || h.getValidTo().isAfter(lastDay)) {
                if (h.getValidFrom().isAfter(lastDay)) {
                    throw new ValidationException("from", "Đã có người giữ chức vụ từ ngày " + h.getValidFrom());
                }
                h.end(lastDay);
            }
        }
    }
}
