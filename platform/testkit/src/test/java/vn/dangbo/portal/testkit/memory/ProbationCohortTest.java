package vn.dangbo.portal.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.query.ProbationCohort;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

class ProbationCohortTest {

    private static final LocalDate BORN = LocalDate.of(1995, 1, 1);
    /** Ceremony Friday 3/1/2025: the 12 months end on Saturday 3/1/2026... */
    private static final LocalDate CEREMONY = LocalDate.of(2025, 1, 3);
    /** ...and the 30th working day after that is Friday 13/2/2026 (no holidays). */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 2, 13);

    private final FixtureBuilder b = Fixture.builder("khanh-hoa");
    private final long branch = b.organisation("C", "Chi bộ", OrganisationType.GRASSROOTS_BRANCH).add();


    @Test
    void recognisedByTheThirtiethWorkingDayIsOnTimeTheDayAfterIsOverdue() {
        b.person("On time", BORN).admitted(CEREMONY.minusDays(20), branch).ceremony(CEREMONY).recognised(DEADLINE).add();
        b.person("Late", BORN).admitted(CEREMONY.minusDays(20), branch).ceremony(CEREMONY)
                .recognised(LocalDate.of(2026, 2, 16)).add();
        b.person("Waiting", BORN).admitted(CEREMONY.minusDays(20), branch).ceremony(CEREMONY).add();

        assertThat(b.build().context("khanh-hoa", 2026).members().probationCohort(2026))
                .isEqualTo(new ProbationCohort(3, 1, 2, 0));
    }

    @Test
    void thoseWhoLeftBeforeTheDeadlineAreSetAside() {
        b.person("Removed", BORN).admitted(CEREMONY.minusDays(20), branch).ceremony(CEREMONY)
                .exit(LocalDate.of(2026, 1, 20), ExitKind.REMOVAL).add();

        assertThat(b.build().context("khanh-hoa", 2026).members().probationCohort(2026))
                .isEqualTo(new ProbationCohort(1, 0, 0, 1));
    }

    @Test
    void theCohortIsTheYearInWhichTheTwelveMonthsEnd() {
        b.person("Dec", BORN).admitted(LocalDate.of(2024, 12, 1), branch).ceremony(LocalDate.of(2024, 12, 31)).add();

        Fixture fixture = b.build();
        assertThat(fixture.context("khanh-hoa", 2025).members().probationCohort(2025).cohort()).isEqualTo(1);
        assertThat(fixture.context("khanh-hoa", 2026).members().probationCohort(2026).cohort()).isZero();
    }

    @Test
    void aPublicHolidayPushesTheDeadline() {
        b.publicHoliday(LocalDate.of(2026, 2, 13));
        b.person("Holiday", BORN).admitted(CEREMONY.minusDays(20), branch).ceremony(CEREMONY)
                .recognised(LocalDate.of(2026, 2, 16)).add();

        assertThat(b.build().context("khanh-hoa", 2026).members().probationCohort(2026).onTime()).isEqualTo(1);
    }
}
