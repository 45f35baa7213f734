package vn.dangbo.portal.datagen.internal;

import static vn.dangbo.portal.datagen.internal.Timeline.FIRST_YEAR;
import static vn.dangbo.portal.datagen.internal.Timeline.LAST_YEAR;
import static vn.dangbo.portal.datagen.internal.Timeline.MERGER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.datagen.record.GeneratedRecord;

/**
 * Generates everything for the four program provinces, one merged province after the other:
 * structure first (areas, successions, units, organisations, population), then the people pool by
 * pool, then organisation ratings and plans. Only one merged province's structure and one pool's
 * people are in memory at a time.
 */
public final class ProvinceGenerator {

    /** Admissions over members (domain.md: 2.5-4 %); pools vary around it. */
    static final double ADMISSION_RATE = 0.033;

    private final long seed;
    private final double scale;

    public ProvinceGenerator(long seed, double scale) {
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("scale must be in (0, 10], was " + scale);
        }
        this.seed = seed;
        this.scale = scale;
    }

    public void generate(Consumer<GeneratedRecord> out) {
        List<ProvinceProfile> profiles = ProvinceProfile.all();
        for (ProvinceProfile p : profiles) {
            out.accept(new GeneratedRecord.Province(p.code(), p.nameVi(), p.nameEn(),
                    p.isProgramProvince() ? null : Timeline.LAST_BEFORE_MERGER, p.mergedInto()));
        }
        PeopleFactory people = new PeopleFactory();
        for (ProvinceProfile main : profiles) {
            if (!main.isProgramProvince()) {
                continue;
            }
            List<ProvinceProfile> merged = profiles.stream().filter(p -> main.code().equals(p.mergedInto())).toList();
            ProvinceStructure structure = StructureBuilder.build(seed, scale, main, merged);
            emitStructure(structure, out);
            calibrate(structure);
            SimulationContext ctx = new SimulationContext(seed, structure, people);
            for (Pool pool : structure.pools) {
                new PoolSimulator(ctx, pool).run(out);
            }
            emitRatingsAndPlans(structure, out);
        }
    }

    private void emitStructure(ProvinceStructure st, Consumer<GeneratedRecord> out) {
        for (AreaNode area : st.areas) {
            out.accept(area.toRecord());
        }
        for (AreaNode area : st.areas) {
            if (area.successor != null) {
                out.accept(new GeneratedRecord.AreaSuccession(area.code, area.successor.code, MERGER));
            }
        }
        for (UnitNode unit : st.units) {
            out.accept(unit.toRecord());
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                LocalDate day = LocalDate.of(y, 12, 31);
                if (!day.isBefore(unit.validFrom) && (unit.validTo == null || !day.isAfter(unit.validTo))) {
                    out.accept(new GeneratedRecord.UnitWorkforce(unit.code, day, unit.workers[y - FIRST_YEAR]));
                }
            }
        }
        for (OrgNode org : st.organisations) {
            out.accept(org.toRecord());
        }
        for (OrgNode org : st.organisations) {
            if (org.successor != null) {
                out.accept(new GeneratedRecord.OrganisationSuccession(org.code, org.successor.code,
                        org.validTo.plusDays(1)));
            }
        }
        emitPopulation(st, out);
    }

    /** Shares each former province's population over its residential areas, growing about 0.6 % a year. */
    private void emitPopulation(ProvinceStructure st, Consumer<GeneratedRecord> out) {
        for (ProvinceProfile p : st.profiles) {
            List<AreaNode> areas = new ArrayList<>();
            double total = 0;
            for (AreaNode area : st.areas) {
                if (area.kind.isResidential() && area.formerProvince.equals(p.code())
                        && area.validOn(Timeline.LAST_BEFORE_MERGER) && area.validFrom.isBefore(MERGER)) {
                    areas.add(area);
                    total += area.weight;
                }
            }
            Rng rng = Rng.of(seed, "population:" + p.code());
            for (AreaNode area : areas) {
                double population = p.population() * scale * area.weight / total;
                for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                    AreaNode node = y < LAST_YEAR ? area : area.on(LocalDate.of(y, 12, 31));
                    out.accept(new GeneratedRecord.AreaPopulation(node.code, y, (int) Math.round(population)));
                    population *= 1.006 + rng.uniform(-0.004, 0.004);
                }
            }
        }
    }

    /**
     * Scales every pool's rate so each former province admits about {@link #ADMISSION_RATE} of its
     * members, then spreads pools and committees around it so some miss their quotas and targets.
     */
    private void calibrate(ProvinceStructure st) {
        Map<String, double[]> sums = new HashMap<>();
        for (Pool pool : st.pools) {
            double[] sum = sums.computeIfAbsent(pool.profile.code(), k -> new double[2]);
            sum[0] += pool.initialMembers;
            sum[1] += pool.initialMembers * pool.kind.admissionWeight;
        }
        for (Pool pool : st.pools) {
            double[] sum = sums.get(pool.profile.code());
            Rng rng = Rng.of(seed, "quality:" + pool.pre.code);
            double committeeFactor = Rng.of(seed, "committee:" + pool.pre.directCommittee().code).uniform(0.8, 1.2);
            pool.admissionRate = pool.kind.admissionWeight * ADMISSION_RATE * sum[0] / sum[1] * committeeFactor
                    * rng.uniform(0.75, 1.25);
            double base = Math.max(0.72, Math.min(0.985, rng.gaussian(0.915, 0.035)));
            pool.goodShare = new double[LAST_YEAR - FIRST_YEAR + 1];
            for (int i = 0; i < pool.goodShare.length; i++) {
                pool.goodShare[i] = Math.max(0.6, Math.min(0.99, base + rng.gaussian(0, 0.015)));
            }
            pool.taskCoverage = rng.chance(0.85) ? rng.uniform(0.985, 1.0) : rng.uniform(0.85, 0.95);
        }
    }

    private void emitRatingsAndPlans(ProvinceStructure st, Consumer<GeneratedRecord> out) {
        for (OrgNode org : st.organisations) {
            if (!org.type.isGrassroots()) {
                continue;
            }
            OrgNode committee = org.directCommittee();
            double good = Rng.of(seed, "org-quality:" + (committee == null ? org.code : committee.code))
                    .uniform(0.80, 0.99);
            Rng rng = Rng.of(seed, "org-rating:" + org.code);
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                LocalDate day = LocalDate.of(y, 12, 22);
                if (!org.validOn(day)) {
                    continue;
                }
                double r = rng.uniform();
                RatingGrade grade = r < 0.18 ? RatingGrade.EXCELLENT : r < good ? RatingGrade.GOOD
                        : r < 0.99 ? RatingGrade.COMPLETED : RatingGrade.NOT_COMPLETED;
                out.accept(new GeneratedRecord.OrganisationRating(org.code, y, day, grade));
            }
        }
        for (OrgNode org : st.organisations) {
            if (org.type != OrganisationType.DIRECT_COMMITTEE) {
                continue;
            }
            Rng rng = Rng.of(seed, "plans:" + org.code);
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                if (!org.validOn(LocalDate.of(y, 12, 31))) {
                    continue;
                }
                LocalDate date = org.validFrom.getYear() == y ? org.validFrom.plusDays(rng.between(15, 60))
                        : LocalDate.of(y, 1, 1).plusDays(rng.between(10, 80));
                if (rng.chance(0.92)) {
                    Integer quota = rng.chance(0.9)
                            ? Math.max(1, (int) Math.round(org.membersJan1[y - FIRST_YEAR] * rng.uniform(0.028, 0.040)))
                            : null;
                    out.accept(new GeneratedRecord.AdmissionPlan(org.code, y, WorkingDays.onOrAfter(date), quota));
                }
            }
            termPlan(org, 2016, 2020, out, rng);
            termPlan(org, 2021, 2025, out, rng);
            termPlan(org, 2025, 2030, out, rng);
        }
    }

    private void termPlan(OrgNode org, int from, int to, Consumer<GeneratedRecord> out, Rng rng) {
        // A committee makes the plan of a term that starts while it exists (the merged communes: 2025-2030).
        LocalDate start = Timeline.max(LocalDate.of(from, 1, 1), org.validFrom);
        if (!org.validOn(start) || start.getYear() != from || (from == 2025 && org.validFrom.isBefore(MERGER))) {
            return;
        }
        if (!rng.chance(0.87)) {
            return;
        }
        int members = org.membersJan1[Math.min(from, LAST_YEAR) - FIRST_YEAR];
        Integer quota = rng.chance(0.9) ? Math.max(1, (int) Math.round(members * rng.uniform(0.03, 0.037)
                * (to - from + 1))) : null;
        out.accept(new GeneratedRecord.TermPlan(org.code, from, to,
                WorkingDays.onOrAfter(start.plusDays(rng.between(20, 90))), quota));
    }
}
