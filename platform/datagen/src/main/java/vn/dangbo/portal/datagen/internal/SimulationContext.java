package vn.dangbo.portal.datagen.internal;

import java.util.ArrayList;
import java.util.List;

/** What every pool's simulation shares within one merged province: the structure, the people factory, destinations. */
final class SimulationContext {

    private final long seed;
    private final ProvinceStructure structure;
    private final PeopleFactory people;
    /** Pools a member may transfer to: all but student branches. */
    private final List<Pool> destinations = new ArrayList<>();
    private final List<Pool> universities = new ArrayList<>();

    SimulationContext(long seed, ProvinceStructure structure, PeopleFactory people) {
        this.seed = seed;
        this.structure = structure;
        this.people = people;
        for (Pool pool : structure.pools) {
            if (pool.kind == PoolKind.UNIVERSITY_STUDENTS) {
                universities.add(pool);
            } else if (pool.kind != PoolKind.HIGH_SCHOOL) {
                destinations.add(pool);
            }
        }
    }

    long seed() {
        return seed;
    }

    ProvinceStructure structure() {
        return structure;
    }

    PeopleFactory people() {
        return people;
    }

    /** Another pool of the province (not a student branch). */
    Pool destinationFor(Pool from, Rng rng) {
        Pool dest = rng.pick(destinations);
        return dest == from ? rng.pick(destinations) : dest;
    }

    /** A student branch of a university of the merged province, or null. */
    Pool universityFor(ProvinceProfile profile, Rng rng) {
        return universities.isEmpty() ? null : rng.pick(universities);
    }
}
