package vn.dangbo.portal.datagen.internal;

import java.time.LocalDate;

import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.datagen.record.GeneratedRecord;

/** An economic unit or private school; {@code workers[i]} is the stable workforce on 31/12 of FIRST_YEAR + i. */
final class UnitNode {

    final String code;
    final String name;
    final UnitKind kind;
    final AreaNode commune;
    final String formerProvince;
    final LocalDate validFrom;
    final LocalDate validTo;
    final int[] workers;
    /** The party organisation set up in it, if any (set while building). */
    OrgNode organisation;

    UnitNode(String code, String name, UnitKind kind, AreaNode commune, String formerProvince, LocalDate validFrom,
            LocalDate validTo, int[] workers) {
        this.code = code;
        this.name = VietnameseNames.nfc(name);
        this.kind = kind;
        this.commune = commune;
        this.formerProvince = formerProvince;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.workers = workers;
    }

    /** Open for the whole data window: the only units people are placed in. */
    boolean openThroughout() {
        return !validFrom.isAfter(Timeline.START) && validTo == null;
    }

    GeneratedRecord.Unit toRecord() {
        return new GeneratedRecord.Unit(code, name, kind, commune.code, formerProvince, validFrom, validTo);
    }
}
