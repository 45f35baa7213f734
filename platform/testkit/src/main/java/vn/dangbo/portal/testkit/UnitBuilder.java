package vn.dangbo.portal.testkit;

import java.time.LocalDate;
import java.util.TreeMap;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.testkit.model.Unit;

/** An economic unit or private school being built; {@link #add()} registers it and returns its id. */
public final class UnitBuilder {

    /** The day a worker count given without a date starts to hold. */
    private static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

    private final FixtureBuilder fixture;
    private final String code;
    private final String name;
    private final UnitKind kind;
    private Long areaId;
    private String province;
    private LocalDate validFrom;
    private LocalDate validTo;
    private final TreeMap<LocalDate, Integer> workers = new TreeMap<>();

    UnitBuilder(FixtureBuilder fixture, String code, String name, UnitKind kind) {
        this.fixture = fixture;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.province = fixture.defaultProvince();
    }

    public UnitBuilder area(long id) {
        this.areaId = id;
        return this;
    }

    public UnitBuilder province(String code) {
        this.province = code;
        return this;
    }

    public UnitBuilder validFrom(LocalDate day) {
        this.validFrom = day;
        return this;
    }

    public UnitBuilder validTo(LocalDate day) {
        this.validTo = day;
        return this;
    }

    /** Stable workers from the day on (until the next count). */
    public UnitBuilder workers(LocalDate from, int count) {
        workers.put(from, count);
        return this;
    }

    /** Stable workers for the unit's whole life. */
    public UnitBuilder workers(int count) {
        return workers(ALWAYS, count);
    }

    public long add() {
        return fixture.register(new Unit(fixture.nextId(), code, name, kind, areaId, province, validFrom, validTo,
                workers));
    }
}
