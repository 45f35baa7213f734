package vn.dangbo.portal.core.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** The population of an area in a year. */
@Entity
@Table(name = "area_population")
public class AreaPopulationEntity extends IdentifiedEntity {

    @Column(name = "area_id", nullable = false)
    private long areaId;

    @Column(name = "pop_year", nullable = false)
    private int popYear;

    @Column(name = "population", nullable = false)
    private long population;

    protected AreaPopulationEntity() {
        // for JPA
    }

    public AreaPopulationEntity(long areaId, int popYear, long population) {
        this.areaId = areaId;
        this.popYear = popYear;
        this.population = population;
    }

    public long getAreaId() {
        return areaId;
    }

    public int getPopYear() {
        return popYear;
    }

    public long getPopulation() {
        return population;
    }
}
