package vn.dangbo.portal.datagen.internal;

import java.time.LocalDate;

import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.datagen.record.GeneratedRecord;

/** An area while the structure is built; {@code successor} is set when it closes at the merger. */
final class AreaNode {

    final String code;
    final String name;
    final AreaKind kind;
    final AreaNode parent;
    final String formerProvince;
    final LocalDate validFrom;
    final LocalDate validTo;
    AreaNode successor;
    /** Relative size, used to share the province's population out over residential areas. */
    double weight = 1;

    AreaNode(String code, String name, AreaKind kind, AreaNode parent, String formerProvince, LocalDate validFrom,
            LocalDate validTo) {
        this.code = code;
        this.name = VietnameseNames.nfc(name);
        this.kind = kind;
        this.parent = parent;
        this.formerProvince = formerProvince;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The area itself before the merger, its successor after. */
    AreaNode on(LocalDate date) {
        return validOn(date) || successor == null ? this : successor;
    }

    GeneratedRecord.Area toRecord() {
        return new GeneratedRecord.Area(code, name, kind, parent == null ? null : parent.code, formerProvince,
                validFrom, validTo);
    }
}
