package vn.dangbo.portal.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangbo.portal.core.person.MembershipEventKind.ADMISSION;
import static vn.dangbo.portal.core.person.MembershipEventKind.AWARENESS_CERTIFICATE;
import static vn.dangbo.portal.core.person.MembershipEventKind.CEREMONY;
import static vn.dangbo.portal.core.person.MembershipEventKind.DISCIPLINE;
import static vn.dangbo.portal.core.person.MembershipEventKind.EXIT;
import static vn.dangbo.portal.core.person.MembershipEventKind.RECOGNITION;
import static vn.dangbo.portal.core.person.MembershipEventKind.TEMPORARY_TRANSFER;
import static vn.dangbo.portal.core.person.MembershipEventKind.TRANSFER_IN;
import static vn.dangbo.portal.core.person.MembershipEventKind.TRANSFER_OUT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.error.RuleViolationException;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.rules.MembershipHistory.Period;
import vn.dangbo.portal.core.rules.MembershipHistory.State;

class MembershipHistoryTest {

    private static final LocalDate BORN = LocalDate.of(1995, 5, 5);
    private final MembershipHistory history = new MembershipHistory(RuleSettings.defaults());
    private final List<LifecycleEvent> events = new ArrayList<>();

    private MembershipHistoryTest add(MembershipEventKind kind, String date, Long org, String detail) {
        events.add(LifecycleEvent.of(events.size() + 1, kind, LocalDate.parse(date), org, detail));
        return this;
    }

    private MembershipHistoryTest admitted() {
        return add(AWARENESS_CERTIFICATE, "2022-01-10", null, null)
                .add(ADMISSION, "2022-03-01", 7L, null)
                .add(CEREMONY, "2022-03-20", 7L, null);
    }

    @Test
    void admissionCeremonyRecognitionGiveOnePeriodAndTheThreeDates() {
        admitted().add(RECOGNITION, "2023-03-20", 7L, null);
        MembershipHistory.Result result = history.replay(events, BORN);
        assertThat(result.state()).isEqualTo(State.FULL);
        assertThat(result.periods()).containsExactly(new Period(7L, LocalDate.of(2022, 3, 1), null, null));
        MembershipHistory.Admission a = result.admissions().get(0);
        assertThat(a.decision()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(a.ceremony()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(a.probationEnd()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(a.recognition()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(a.ageMonths()).isEqualTo(26 * 12 + 9);
    }

    @Test
    void noRecognitionBeforeAdmission() {
        add(AWARENESS_CERTIFICATE, "2022-01-10", null, null).add(RECOGNITION, "2023-03-20", 7L, null);
        assertThatThrownBy(() -> history.replay(events, BORN)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(MembershipHistory.LIFECYCLE));
    }

    @Test
    void noAdmissionWithoutCertificate() {
        add(ADMISSION, "2022-03-01", 7L, null);
        assertThatThrownBy(() -> history.replay(events, BORN)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.field()).isEqualTo("awarenessCertificate"));
    }

    @Test
    void nothingAfterDeath() {
        admitted().add(EXIT, "2022-06-01", null, "DEATH").add(TRANSFER_OUT, "2022-07-01", null, null);
        assertThatThrownBy(() -> history.replay(events, BORN)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("từ trần");
    }

    @Test
    void probationaryMembersOnlyGetReprimandOrWarning() {
        admitted().add(DISCIPLINE, "2022-05-01", null, "WARNING");
        assertThat(history.replay(events, BORN).state()).isEqualTo(State.PROBATIONARY);
        add(DISCIPLINE, "2022-06-01", null, "DISMISSAL");
        assertThatThrownBy(() -> history.replay(events, BORN)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(MembershipHistory.DISCIPLINE));
        events.remove(events.size() - 1);
        add(EXIT, "2022-06-01", null, "EXPULSION");
        assertThatThrownBy(() -> history.replay(events, BORN)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void transferOutThenInLeavesAGapAndCountsTheExitDay() {
        admitted().add(TRANSFER_OUT, "2022-08-01", 7L, null).add(TRANSFER_IN, "2022-08-15", 9L, null)
                .add(EXIT, "2023-01-05", null, "LEFT_AT_OWN_REQUEST");
        MembershipHistory.Result result = history.replay(events, BORN);
        assertThat(result.periods()).containsExactly(
                new Period(7L, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 8, 1), "TRANSFER_OUT"),
                new Period(9L, LocalDate.of(2022, 8, 15), LocalDate.of(2023, 1, 5), "LEFT_AT_OWN_REQUEST"));
        assertThat(result.admissions().get(0).left()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(result.state()).isEqualTo(State.LEFT);
    }

    @Test
    void temporaryTransferKeepsTheMemberAtHome() {
        admitted().add(TEMPORARY_TRANSFER, "2022-08-01", 9L, null);
        assertThat(history.replay(events, BORN).periods())
                .containsExactly(new Period(7L, LocalDate.of(2022, 3, 1), null, null));
    }

    @Test
    void aCorrectionReplacesTheEventItCorrectsAndAWithdrawalRemovesIt() {
        admitted();
        events.add(new LifecycleEvent(10, ADMISSION, LocalDate.of(2022, 2, 25), 7L, null, null, null, false, 2L,
                false));
        assertThat(history.replay(events, BORN).admissions().get(0).decision()).isEqualTo(LocalDate.of(2022, 2, 25));
        events.add(new LifecycleEvent(11, CEREMONY, LocalDate.of(2022, 3, 20), 7L, null, null, null, false, 3L,
                true));
        assertThat(history.replay(events, BORN).admissions().get(0).ceremony()).isNull();
    }

    @Test
    void readmissionNeedsThirtySixMonths() {
        admitted().add(EXIT, "2022-06-01", null, "REMOVAL")
                .add(AWARENESS_CERTIFICATE, "2024-01-01", null, null)
                .add(ADMISSION, "2025-05-31", 7L, null);
        assertThatThrownBy(() -> history.replay(events, BORN)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(MembershipHistory.READMISSION));
    }
}
