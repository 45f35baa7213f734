package vn.dangbo.portal.datagen.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.datagen.record.GeneratedRecord;

/** A party organisation while the structure is built. */
final class OrgNode {

    final String code;
    final String name;
    final OrganisationType type;
    final Sector sector;
    final OrgNode parent;
    final String formerProvince;
    final LocalDate validFrom;
    LocalDate validTo;
    final List<AreaNode> areas;
    final UnitNode unit;
    final List<OrgNode> children = new ArrayList<>();
    /** Takes over when this one closes (several may share one successor). */
    OrgNode successor;
    /** For direct committees: members on 1 January and admissions, per year index (plans are sized on them). */
    final int[] membersJan1 = new int[Timeline.LAST_YEAR - Timeline.FIRST_YEAR + 1];
    final int[] admissions = new int[Timeline.LAST_YEAR - Timeline.FIRST_YEAR + 1];

    OrgNode(String code, String name, OrganisationType type, Sector sector, OrgNode parent, String formerProvince,
            LocalDate validFrom, LocalDate validTo, List<AreaNode> areas, UnitNode unit) {
        this.code = code;
        this.name = VietnameseNames.nfc(name);
        this.type = type;
        this.sector = sector;
        this.parent = parent;
        this.formerProvince = formerProvince;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.areas = List.copyOf(areas);
        this.unit = unit;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Itself while valid, else its successor chain on that date (null when closed without successor). */
    OrgNode on(LocalDate date) {
        OrgNode node = this;
        while (node != null && !node.validOn(date)) {
            node = node.validTo != null && date.isAfter(node.validTo) ? node.successor : null;
        }
        return node;
    }

    /** The committee directly under the provincial committee that this belongs to (itself when it is one). */
    OrgNode directCommittee() {
        OrgNode node = this;
        while (node != null && node.type != OrganisationType.DIRECT_COMMITTEE) {
            node = node.parent;
        }
        return node;
    }

    boolean holdsMembers() {
        return type == OrganisationType.BRANCH || type == OrganisationType.GRASSROOTS_BRANCH;
    }

    GeneratedRecord.Organisation toRecord() {
        return new GeneratedRecord.Organisation(code, name, type, sector, parent == null ? null : parent.code,
                formerProvince, validFrom, validTo, areas.stream().map(a -> a.code).toList(),
                unit == null ? null : unit.code);
    }
}
