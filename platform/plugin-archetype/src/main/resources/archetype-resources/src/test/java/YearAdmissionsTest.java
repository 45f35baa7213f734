package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

/** The sample indicator in plain JUnit, on an in-memory world built with the test kit. */
class YearAdmissionsTest {

    private final FixtureBuilder world = Fixture.builder(ActionProgram.PROVINCE);
    private final long province = world.organisation("TU", "Đảng bộ tỉnh ${provinceName}",
            OrganisationType.PROVINCIAL_COMMITTEE).add();
    private final long branchA = world.organisation("CB-A", "Chi bộ ấp An Thạnh", OrganisationType.GRASSROOTS_BRANCH)
            .parent(province).add();
    private final long branchB = world.organisation("CB-B", "Chi bộ ấp Bình Hòa", OrganisationType.GRASSROOTS_BRANCH)
            .parent(province).add();

    private void admit(String name, LocalDate decision, long organisation) {
        world.person(name, LocalDate.of(1998, 5, 1)).admitted(decision, organisation).add();
    }

    @Test
    void countsTheAdmissionsDatedInTheYearOnly() {
        admit("Nguyễn Văn An", LocalDate.of(2025, 1, 1), branchA);
        admit("Trần Thị Bình", LocalDate.of(2025, 12, 31), branchA);
        admit("Lê Văn Cường", LocalDate.of(2025, 6, 15), branchB);
        admit("Phạm Thị Dung", LocalDate.of(2024, 12, 31), branchB);

        IndicatorResult result = new YearAdmissions().evaluate(world.build().context(ActionProgram.PROVINCE, 2025));

        assertThat(result.code()).isEqualTo(YearAdmissions.CODE);
        assertThat(result.value()).isEqualByComparingTo(BigDecimal.valueOf(3));
        assertThat(result.status()).as("3 is below the yearly target").isEqualTo(Status.NOT_MET);
    }

    @Test
    void meetsTheTargetAtExactlyTheTarget() {
        for (int i = 0; i < YearAdmissions.YEARLY_TARGET; i++) {
            admit("Đảng viên " + i, LocalDate.of(2026, 3, 1).plusDays(i), branchA);
        }
        IndicatorResult result = new YearAdmissions().evaluate(world.build().context(ActionProgram.PROVINCE, 2026));
        assertThat(result.status()).isEqualTo(Status.MET);
    }

    @Test
    void anotherProvincesAdmissionsAreNotCounted() {
        long elsewhere = world.organisation("X", "Chi bộ tỉnh khác", OrganisationType.GRASSROOTS_BRANCH)
                .province("can-tho").add();
        admit("Võ Văn Em", LocalDate.of(2025, 3, 3), elsewhere);
        IndicatorResult result = new YearAdmissions().evaluate(world.build().context(ActionProgram.PROVINCE, 2025));
        assertThat(result.value()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theDrillDownListsEachOrganisationMostFirst() {
        admit("Nguyễn Văn An", LocalDate.of(2025, 2, 1), branchA);
        admit("Lê Văn Cường", LocalDate.of(2025, 6, 15), branchB);
        admit("Trần Thị Bình", LocalDate.of(2025, 7, 1), branchB);

        var rows = new YearAdmissions().drillDown(world.build().context(ActionProgram.PROVINCE, 2025));

        assertThat(rows).extracting(DrillDownRow::label, DrillDownRow::numerator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Chi bộ ấp Bình Hòa", 2L),
                org.assertj.core.groups.Tuple.tuple("Chi bộ ấp An Thạnh", 1L));
    }
}
