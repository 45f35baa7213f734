package vn.dangbo.portal.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.sink.DigestSink;

/** Shapes of the demo scale (0.01, seed 42): what domain.md and programs.md say the data must look like. */
class GeneratedShapesTest {

    private static ShapeCollector shapes;

    @BeforeAll
    static void generate() {
        shapes = new ShapeCollector();
        new DataGenerator(42, 0.01).generate(shapes);
        shapes.close();
    }

    @Test
    void sameSeedGivesTheSameStreamAndAnotherSeedAnotherOne() {
        assertThat(digest(7, 0.003)).isEqualTo(digest(7, 0.003)).isNotEqualTo(digest(8, 0.003));
    }

    @Test
    void everyKindOfRecordIsEmitted() {
        Set<String> all = new java.util.TreeSet<>();
        for (Class<?> type : GeneratedRecord.class.getPermittedSubclasses()) {
            if (type.isRecord()) {
                all.add(type.getSimpleName());
            }
        }
        for (Class<?> type : GeneratedRecord.PersonEvent.class.getPermittedSubclasses()) {
            all.add(type.getSimpleName());
        }
        assertThat(shapes.kinds.keySet()).containsAll(all);
    }

    @Test
    void streamIsConsistent() {
        assertThat(shapes.violations).as("first violations").isEmpty();
    }

    @Test
    void admissionsAreTwoAndAHalfToFourPercentOfMembersEveryYear() {
        Map<String, String> rates = new TreeMap<>();
        long[] admitted = new long[10];
        long[] members = new long[10];
        shapes.admissions.forEach((province, counts) -> {
            long[] base = shapes.membersAtYearEnd.get(province);
            for (int i = 0; i < 10; i++) {
                admitted[i] += counts[i];
                members[i] += base[i];
            }
        });
        for (int i = 0; i < 10; i++) {
            double rate = (double) admitted[i] / members[i];
            rates.put(Integer.toString(2016 + i), String.format("%.4f", rate));
            assertThat(rate).as("admission rate of %d (%s)", 2016 + i, rates).isBetween(0.025, 0.04);
        }
    }

    @Test
    void aboutSixtyPercentOfNewMembersAreYouth() {
        long admitted = 0;
        long youth = 0;
        for (String province : shapes.admissions.keySet()) {
            for (int i = 0; i < 10; i++) {
                admitted += shapes.admissions.get(province)[i];
                youth += shapes.youthAdmissions.getOrDefault(province, new long[10])[i];
            }
        }
        assertThat((double) youth / admitted).isBetween(0.55, 0.65);
    }

    @Test
    void aboutThirtySevenPercentOfMembersAreWomen() {
        assertThat((double) shapes.womenEnd2025 / shapes.membersEnd2025).isBetween(0.33, 0.41);
    }

    @Test
    void membersAreRatedMostlyGoodOrBetter() {
        assertThat((double) shapes.memberRatingsGood / shapes.memberRatings).isBetween(0.85, 0.95);
    }

    @Test
    void someProvinceYearsMissTheOrganisationRatingTargetAndSomeMeetIt() {
        long missed = shapes.orgRatings.values().stream().filter(c -> c[1] * 10L <= c[0] * 9L).count();
        long met = shapes.orgRatings.values().stream().filter(c -> c[1] * 10L > c[0] * 9L).count();
        assertThat(missed).isPositive();
        assertThat(met).isPositive();
    }

    @Test
    void somePrivateUnitsOfFiftyWorkersHaveNoPartyOrganisation() {
        LocalDate end = LocalDate.of(2025, 12, 31);
        Set<String> withOrganisation = new java.util.HashSet<>();
        shapes.organisations.values().stream()
                .filter(o -> o.unitCode() != null && !o.validFrom().isAfter(end)
                        && (o.validTo() == null || !o.validTo().isBefore(end)))
                .forEach(o -> withOrganisation.add(o.unitCode()));
        long without = shapes.units.values().stream()
                .filter(u -> u.kind().isPrivateEconomicUnit())
                .filter(u -> shapes.unitWorkers2025.getOrDefault(u.code(), 0) >= 50)
                .filter(u -> !withOrganisation.contains(u.code())).count();
        long with = shapes.units.values().stream()
                .filter(u -> u.kind() == UnitKind.PRIVATE_COMPANY && withOrganisation.contains(u.code())).count();
        assertThat(without).isPositive();
        assertThat(with).isPositive();
    }

    @Test
    void someCommitteesMissTheirQuotaAndSomeMeetIt() {
        long below = shapes.quotas.entrySet().stream()
                .filter(e -> shapes.committeeAdmissions.getOrDefault(e.getKey(), 0) < e.getValue()).count();
        long met = shapes.quotas.size() - below;
        assertThat(below).isPositive();
        assertThat(met).isPositive();
        assertThat(shapes.plansWithoutQuota).isPositive();
    }

    @Test
    void someCandidateMovesAreNotNotified() {
        assertThat(shapes.notices).isPositive().isLessThan(shapes.candidateMoves);
    }

    @Test
    void areaPostsIncludeVacanciesAndNonMembers() {
        assertThat(shapes.vacantPositions).isPositive();
        assertThat(shapes.nonMemberHolders).isPositive();
    }

    @Test
    void mostCommitteesAreFullyTrainedButNotAll() {
        long trained = 0;
        long untrained = 0;
        for (Map.Entry<String, Set<String>> entry : shapes.seatHoldersByOrgYear.entrySet()) {
            if (shapes.courseByOrgYear.getOrDefault(entry.getKey(), Set.of()).containsAll(entry.getValue())) {
                trained++;
            } else {
                untrained++;
            }
        }
        assertThat(untrained).isPositive();
        assertThat(trained).isGreaterThan(untrained * 4);
    }

    @Test
    void someResidentialBranchesServeTwoAreas() {
        assertThat(shapes.organisations.values().stream().filter(o -> o.areaCodes().size() == 2)).isNotEmpty();
    }

    private static String digest(long seed, double scale) {
        DigestSink sink = new DigestSink();
        new DataGenerator(seed, scale).generate(sink);
        return sink.hex();
    }
}
