package vn.dangbo.portal.testkit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.testkit.model.Area;

/** An administrative area being built; {@link #add()} registers it and returns its id. */
public final class AreaBuilder {

    private final FixtureBuilder fixture;
    private final String code;
    private final String name;
    private final AreaKind kind;
    private Long parentId;
    private String province;
    private LocalDate validFrom;
    private LocalDate validTo;
    private final Map<Integer, Long> population = new HashMap<>();

    AreaBuilder(FixtureBuilder fixture, String code, String name, AreaKind kind) {
        this.fixture = fixture;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.province = fixture.defaultProvince();
    }

    public AreaBuilder parent(long id) {
        this.parentId = id;
        return this;
    }

    public AreaBuilder province(String code) {
        this.province = code;
        return this;
    }

    public AreaBuilder validFrom(LocalDate day) {
        this.validFrom = day;
        return this;
    }

    public AreaBuilder validTo(LocalDate day) {
        this.validTo = day;
        return this;
    }

    /** Population of the year (recorded on communes and wards for the province figure). */
    public AreaBuilder population(int year, long people) {
        population.put(year, people);
        return this;
    }

    public long add() {
        return fixture.register(new Area(fixture.nextId(), code, name, kind, parentId, province, validFrom, validTo,
                population));
    }
}
