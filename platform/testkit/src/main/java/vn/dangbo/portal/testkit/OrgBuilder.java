package vn.dangbo.portal.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.testkit.model.Org;

/** A party organisation being built; {@link #add()} registers it and returns its id. */
public final class OrgBuilder {

    private final FixtureBuilder fixture;
    private final String code;
    private final String name;
    private final OrganisationType type;
    private Sector sector = Sector.OTHER;
    private Long parentId;
    private String province;
    private LocalDate validFrom;
    private LocalDate validTo;
    private final List<Long> successors = new ArrayList<>();
    private final List<Long> areas = new ArrayList<>();
    private Long unitId;

    OrgBuilder(FixtureBuilder fixture, String code, String name, OrganisationType type) {
        this.fixture = fixture;
        this.code = code;
        this.name = name;
        this.type = type;
        this.province = fixture.defaultProvince();
    }

    public OrgBuilder sector(Sector value) {
        this.sector = value;
        return this;
    }

    public OrgBuilder parent(long id) {
        this.parentId = id;
        return this;
    }

    /** The province it belonged to before 1 July 2025 (default: the builder's). */
    public OrgBuilder province(String code) {
        this.province = code;
        return this;
    }

    public OrgBuilder validFrom(LocalDate day) {
        this.validFrom = day;
        return this;
    }

    public OrgBuilder validTo(LocalDate day) {
        this.validTo = day;
        return this;
    }

    public OrgBuilder successor(long id) {
        successors.add(id);
        return this;
    }

    /** Residential areas it serves (a residential branch). */
    public OrgBuilder areas(long... ids) {
        for (long id : ids) {
            areas.add(id);
        }
        return this;
    }

    /** The economic unit or school it is set up in. */
    public OrgBuilder unit(long id) {
        this.unitId = id;
        return this;
    }

    /** Shorthand: a residential branch (chi bộ trực thuộc of sector residential) of the given areas. */
    public OrgBuilder residential(long... areaIds) {
        return sector(Sector.RESIDENTIAL).areas(areaIds);
    }

    public long add() {
        return fixture.register(this);
    }

    Org toRecord(long id) {
        return new Org(id, code, name, type, sector, parentId, province, validFrom, validTo, successors, areas,
                unitId);
    }
}
