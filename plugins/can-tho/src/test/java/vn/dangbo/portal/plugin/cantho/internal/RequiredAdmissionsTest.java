package vn.dangbo.portal.plugin.cantho.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredAdmissionsTest {

    @ParameterizedTest(name = "{0} workers → {1} (every full 30 above 50)")
    @CsvSource({"0, 1", "49, 1", "50, 2", "79, 2", "80, 3", "109, 3", "110, 4"})
    void defaultReadingCountsEveryFull30Above50(int workers, int required) {
        assertThat(RequiredAdmissions.required(workers, CanThoSettings.RequiredStep.FULL_30)).isEqualTo(required);
    }

    @ParameterizedTest(name = "{0} workers → {1} (every 30 begun above 50)")
    @CsvSource({"49, 1", "50, 2", "51, 3", "80, 3", "81, 4", "110, 4"})
    void otherReadingCountsEvery30Begun(int workers, int required) {
        assertThat(RequiredAdmissions.required(workers, CanThoSettings.RequiredStep.STARTED_30)).isEqualTo(required);
    }
}
