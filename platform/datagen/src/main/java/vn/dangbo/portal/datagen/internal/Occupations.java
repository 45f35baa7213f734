package vn.dangbo.portal.datagen.internal;

import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.UnitKind;

/** Which job a person of a branch has: the branch's kind decides, and age for residential branches. */
final class Occupations {

    record Job(Occupation occupation, UnitNode unit) {
    }

    private Occupations() {
    }

    static Job forPool(Pool pool, int age, boolean admittedYoung, Rng rng) {
        return switch (pool.kind) {
            case RESIDENTIAL -> residential(pool, age, admittedYoung, rng);
            case COMMUNE_AGENCY, AGENCY -> new Job(rng.chance(0.85) ? Occupation.CIVIL_SERVANT
                    : Occupation.PUBLIC_EMPLOYEE, null);
            case COMMUNE_SCHOOL, HIGH_SCHOOL, UNIVERSITY_STAFF -> new Job(Occupation.TEACHER, null);
            case HEALTH -> new Job(Occupation.PUBLIC_EMPLOYEE, null);
            case COMMUNE_POLICE, POLICE, MILITARY -> new Job(Occupation.ARMED_FORCES, null);
            case UNIVERSITY_STUDENTS -> new Job(Occupation.STUDENT, null);
            case STATE_COMPANY -> new Job(Occupation.STATE_ENTERPRISE_WORKER, unitOf(pool));
            case PRIVATE_COMPANY -> new Job(Occupation.COMPANY_WORKER, unitOf(pool));
            case PRIVATE_SCHOOL -> new Job(Occupation.TEACHER, unitOf(pool));
        };
    }

    /** The unit a branch is set up in: its own, or that of the committee above it. */
    static UnitNode unitOf(Pool pool) {
        for (OrgNode node = pool.pre; node != null; node = node.parent) {
            if (node.unit != null) {
                return node.unit;
            }
        }
        return null;
    }

    private static Job residential(Pool pool, int age, boolean young, Rng rng) {
        if (age >= 62 && rng.chance(0.75)) {
            return new Job(Occupation.RETIRED, null);
        }
        double[] weights = pool.profile.mekong()
                ? new double[] {0.36, 0.18, 0.10, young ? 0.24 : 0.16, 0.12, age <= 22 ? 0.10 : 0}
                : new double[] {0.18, 0.18, 0.08, young ? 0.42 : 0.32, 0.14, age <= 22 ? 0.10 : 0};
        return switch (rng.weighted(weights)) {
            case 0 -> new Job(Occupation.FARMER, null);
            case 1 -> new Job(Occupation.SELF_EMPLOYED, null);
            case 2 -> new Job(Occupation.HOUSEHOLD_BUSINESS_WORKER,
                    pool.localHouseholds.isEmpty() ? null : rng.pick(pool.localHouseholds));
            case 3 -> new Job(Occupation.COMPANY_WORKER, localCompany(pool, rng));
            case 4 -> new Job(Occupation.OTHER, null);
            default -> new Job(Occupation.STUDENT, null);
        };
    }

    /** A local private company without a party organisation, or none (works outside the commune). */
    static UnitNode localCompany(Pool pool, Rng rng) {
        if (pool.localUnitsWithoutOrg.isEmpty() || rng.chance(0.4)) {
            return null;
        }
        UnitNode unit = rng.pick(pool.localUnitsWithoutOrg);
        return unit.kind == UnitKind.PRIVATE_COMPANY ? unit : null;
    }
}
