package vn.dangbo.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.testkit.model.Area;
import vn.dangbo.portal.testkit.model.Unit;

/** The area and unit builders: every setter lands in the record, defaults come from the builder. */
class AreaAndUnitBuilderTest {

    @Test
    void anAreaKeepsItsParentValidityAndPopulationPerYear() {
        FixtureBuilder b = Fixture.builder("an-giang");
        long district = b.area("H", "Huyện Châu Thành", AreaKind.DISTRICT).add();
        long commune = b.area("X", "Xã An Hòa", AreaKind.COMMUNE).parent(district)
                .validFrom(LocalDate.of(2020, 1, 1)).validTo(LocalDate.of(2025, 6, 30))
                .population(2024, 12_345).population(2025, 12_400).add();
        Area area = b.build().area(commune).orElseThrow();

        assertThat(area.parentId()).isEqualTo(district);
        assertThat(area.formerProvince()).isEqualTo("an-giang");
        assertThat(area.population()).containsEntry(2024, 12_345L).containsEntry(2025, 12_400L);
        assertThat(area.validOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(area.validOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(area.validOn(LocalDate.of(2019, 12, 31))).isFalse();
    }

    @Test
    void aUnitKeepsItsAreaProvinceAndWorkerCountsByDate() {
        FixtureBuilder b = Fixture.builder("an-giang");
        long area = b.area("X", "Xã An Hòa", AreaKind.COMMUNE).add();
        long unit = b.unit("DN", "Công ty TNHH Mẫu", UnitKind.PRIVATE_COMPANY).area(area).province("can-tho")
                .workers(LocalDate.of(2024, 1, 1), 40).workers(LocalDate.of(2025, 1, 1), 80).add();
        Unit built = b.build().unit(unit).orElseThrow();

        assertThat(built.areaId()).isEqualTo(area);
        assertThat(built.formerProvince()).isEqualTo("can-tho");
        assertThat(built.workersOn(LocalDate.of(2023, 12, 31))).isNull();
        assertThat(built.workersOn(LocalDate.of(2024, 6, 1))).isEqualTo(40);
        assertThat(built.workersOn(LocalDate.of(2025, 6, 1))).isEqualTo(80);
    }

    @Test
    void aUnitWithOneCountHasItForItsWholeLife() {
        FixtureBuilder b = Fixture.builder("an-giang");
        long unit = b.unit("DN", "Công ty TNHH Mẫu", UnitKind.PRIVATE_COMPANY).workers(55)
                .validFrom(LocalDate.of(2021, 3, 1)).validTo(LocalDate.of(2026, 1, 1)).add();
        Unit built = b.build().unit(unit).orElseThrow();

        assertThat(built.workersOn(LocalDate.of(1990, 1, 1))).isEqualTo(55);
        assertThat(built.validOn(LocalDate.of(2021, 2, 28))).isFalse();
        assertThat(built.validOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void aMergerDecidesWhichProvincesTheMergedTerritoryCounts() {
        FixtureBuilder b = Fixture.builder("an-giang").merger("an-giang", "kien-giang");
        long here = b.area("A", "Phường 1", AreaKind.WARD).add();
        long merged = b.area("K", "Phường 2", AreaKind.WARD).province("kien-giang").add();
        b.area("C", "Phường 3", AreaKind.WARD).province("can-tho").add();
        Fixture fixture = b.build();

        assertThat(fixture.mergers()).containsEntry("an-giang", Set.of("an-giang", "kien-giang"));
        assertThat(fixture.context(new Territory("an-giang", Territory.Mode.MERGED_PROVINCE), 2025).directory()
                .areas(LocalDate.of(2025, 12, 31), Set.of(AreaKind.WARD)))
                .extracting(AreaSummary::id).containsExactlyInAnyOrder(here, merged);
        assertThat(fixture.context("an-giang", 2025).directory()
                .areas(LocalDate.of(2025, 12, 31), Set.of(AreaKind.WARD)))
                .extracting(AreaSummary::id).containsExactly(here);
    }
}
