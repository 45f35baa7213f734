package vn.dangbo.portal.datagen.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of one merged province (the program province and those merged into it): areas,
 * units, organisations and branch pools, each list in emission order (parents first). Small enough to
 * hold in memory at full scale (tens of thousands of nodes); people are never held here.
 */
final class ProvinceStructure {

    final ProvinceProfile main;
    final List<ProvinceProfile> profiles;
    final List<AreaNode> areas = new ArrayList<>();
    final List<UnitNode> units = new ArrayList<>();
    final List<OrgNode> organisations = new ArrayList<>();
    final List<Pool> pools = new ArrayList<>();
    /** Lookup only (never iterated): the residential pool serving an area, for retirees and movers. */
    final Map<AreaNode, Pool> residentialPoolByArea = new HashMap<>();
    /** Lookup only: the pool a committee draws its seats from. */
    final Map<OrgNode, Pool> corePoolByCommittee = new HashMap<>();

    ProvinceStructure(ProvinceProfile main, List<ProvinceProfile> profiles) {
        this.main = main;
        this.profiles = List.copyOf(profiles);
    }

    AreaNode add(AreaNode area) {
        areas.add(area);
        return area;
    }

    OrgNode add(OrgNode org) {
        organisations.add(org);
        return org;
    }

    UnitNode add(UnitNode unit) {
        units.add(unit);
        return unit;
    }

    /** The residential pool serving the area (following the area back to before the merger). */
    Pool residentialPoolFor(AreaNode area) {
        return residentialPoolByArea.get(area);
    }
}
