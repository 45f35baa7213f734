package vn.dangbo.portal.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.core.error.RuleViolationException;
import vn.dangbo.portal.core.person.DisciplineKind;
import vn.dangbo.portal.core.person.MembershipEventKind;

/**
 * Replays a person's effective membership events in date order, refusing any event that leaves the
 * lifecycle (no recognition before admission, nothing after death...), and derives what the
 * statistics read: membership periods per organisation and the admissions with their three dates.
 *
 * <p>Events are immutable. A correction is a later event naming the one it corrects; the corrected
 * event stops counting and the correction (unless it withdraws it) counts in its place. Every new
 * event, correction included, is checked by replaying the whole history with it.
 */
public final class MembershipHistory {

    public static final String LIFECYCLE = "membership.lifecycle";
    public static final String DISCIPLINE = "membership.discipline";
    public static final String READMISSION = "membership.readmission";
    /** Readmission is possible at least 36 months after leaving. */
    public static final int READMISSION_MONTHS = 36;

    /** Where a person stands after the events replayed so far. */
    public enum State {
        NONE, CANDIDATE, PROBATIONARY, FULL, IN_TRANSIT, LEFT, DEAD;

        boolean isMember() {
            return this == PROBATIONARY || this == FULL;
        }
    }

    /** Membership at one organisation from start to end (inclusive; end null while it lasts). */
    public record Period(long organisationId, LocalDate start, LocalDate end, String endReason) {
    }

    /** One admission and what followed it. */
    public record Admission(long eventId, long organisationId, LocalDate decision, int ageMonths, String occupation,
            boolean religious, LocalDate ceremony, LocalDate probationEnd, LocalDate recognition, LocalDate left) {
    }

    public record Result(State state, List<Period> periods, List<Admission> admissions) {
    }

    private final RuleSettings settings;

    public MembershipHistory(RuleSettings settings) {
        this.settings = settings;
    }

    /** The events that count: originals and corrections not corrected later, withdrawals removed. */
    public static List<LifecycleEvent> effective(List<LifecycleEvent> recorded) {
        Set<Long> corrected = new HashSet<>();
        for (LifecycleEvent e : recorded) {
            if (e.correctsId() != null) {
                corrected.add(e.correctsId());
            }
        }
        List<LifecycleEvent> result = new ArrayList<>();
        for (LifecycleEvent e : recorded) {
            if (!corrected.contains(e.id()) && !e.voids()) {
                result.add(e);
            }
        }
        result.sort(Comparator.comparing(LifecycleEvent::date).thenComparingLong(LifecycleEvent::id));
        return result;
    }

    /** Replays every recorded event of a person born on {@code birthDate}. */
    public Result replay(List<LifecycleEvent> recorded, LocalDate birthDate) {
        Replay replay = new Replay(birthDate);
        for (LifecycleEvent e : effective(recorded)) {
            replay.apply(e);
        }
        return replay.result();
    }

    private final class Replay {
        private final LocalDate birthDate;
        private final AdmissionRules admissionRules = new AdmissionRules(settings);
        private final ProbationRules probationRules = new ProbationRules(settings);
        private State state = State.NONE;
        private State beforeTransit;
        private LocalDate certificate;
        private LocalDate leftOn;
        private LocalDate deathOn;
        private boolean temporarilyAway;
        private final List<Period> periods = new ArrayList<>();
        private final List<Admission> admissions = new ArrayList<>();
        private long openOrganisation = -1;
        private LocalDate openSince;

        Replay(LocalDate birthDate) {
            this.birthDate = birthDate;
        }

        void apply(LifecycleEvent e) {
            if (state == State.DEAD) {
                refuse(e, "eventDate", "Không ghi nhận sự kiện sau khi đã từ trần (" + deathOn + ")");
            }
            switch (e.kind()) {
                case CANDIDATE_REGISTRATION -> {
                    require(e, !state.isMember() && state != State.IN_TRANSIT, "Đã là đảng viên, không đăng ký làm quần chúng ưu tú");
                    requireOrganisation(e);
                    if (state == State.NONE) {
                        state = State.CANDIDATE;
                    }
                }
                case AWARENESS_CERTIFICATE -> {
                    require(e, !state.isMember() && state != State.IN_TRANSIT, "Đã là đảng viên");
                    certificate = e.date();
                }
                case ADMISSION -> admit(e);
                case CEREMONY -> {
                    Admission a = lastAdmission();
                    require(e, state == State.PROBATIONARY && a != null, "Chỉ tổ chức lễ kết nạp cho đảng viên dự bị");
                    require(e, a.ceremony() == null, "Đã có lễ kết nạp ngày " + (a == null ? null : a.ceremony()));
                    replaceLast(new Admission(a.eventId(), a.organisationId(), a.decision(), a.ageMonths(),
                            a.occupation(), a.religious(), e.date(), ProbationRules.end(e.date()), null, null));
                }
                case RECOGNITION -> {
                    Admission a = lastAdmission();
                    require(e, state == State.PROBATIONARY && a != null, "Chỉ công nhận chính thức đảng viên dự bị (trạng thái hiện tại: " + state + ")");
                    require(e, a.ceremony() != null, "Chưa có lễ kết nạp: chưa tính được thời gian dự bị");
                    probationRules.checkRecognition(a.ceremony(), e.date(), "eventDate");
                    replaceLast(new Admission(a.eventId(), a.organisationId(), a.decision(), a.ageMonths(),
                            a.occupation(), a.religious(), a.ceremony(), a.probationEnd(), e.date(), null));
                    state = State.FULL;
                }
                case FAILED_PROBATION -> {
                    require(e, state == State.PROBATIONARY, "Chỉ đảng viên dự bị mới có thể không được công nhận chính thức");
                    leave(e, ExitKind.REMOVAL.name());
                }
                case TRANSFER_OUT -> {
                    require(e, state.isMember(), "Chỉ đảng viên mới chuyển sinh hoạt đảng");
                    close(e.date(), MembershipEventKind.TRANSFER_OUT.name());
                    beforeTransit = state;
                    state = State.IN_TRANSIT;
                    temporarilyAway = false;
                }
                case TRANSFER_IN -> {
                    requireOrganisation(e);
                    require(e, state == State.IN_TRANSIT || state == State.NONE || state == State.CANDIDATE,
                            "Chuyển sinh hoạt đến chỉ sau khi chuyển đi (trạng thái hiện tại: " + state + ")");
                    state = state == State.IN_TRANSIT ? beforeTransit : State.FULL;
                    open(e.organisationId(), e.date());
                }
                case TEMPORARY_TRANSFER -> {
                    require(e, state.isMember(), "Chỉ đảng viên mới chuyển sinh hoạt tạm thời");
                    require(e, !temporarilyAway, "Đang sinh hoạt tạm thời nơi khác");
                    requireOrganisation(e);
                    temporarilyAway = true;
                }
                case TEMPORARY_RETURN -> {
                    require(e, temporarilyAway, "Không có chuyển sinh hoạt tạm thời đang hiệu lực");
                    temporarilyAway = false;
                }
                case EXEMPTION -> require(e, state.isMember(), "Chỉ đảng viên mới được miễn công tác và sinh hoạt");
                case DISCIPLINE -> {
                    require(e, state.isMember(), "Chỉ kỷ luật đảng viên");
                    DisciplineKind kind = parse(DisciplineKind.class, e, "discipline");
                    if (state == State.PROBATIONARY && !kind.allowedInProbation()) {
                        throw new RuleViolationException(DISCIPLINE, "discipline",
                                "Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo, không " + kind);
                    }
                }
                case EXIT -> {
                    ExitKind kind = parse(ExitKind.class, e, "exitKind");
                    require(e, state.isMember() || state == State.IN_TRANSIT, "Chỉ đảng viên mới ra khỏi danh sách (trạng thái hiện tại: " + state + ")");
                    if (state == State.PROBATIONARY && kind == ExitKind.EXPULSION) {
                        throw new RuleViolationException(DISCIPLINE, "exitKind",
                                "Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo, không khai trừ");
                    }
                    leave(e, kind.name());
                    if (kind == ExitKind.DEATH) {
                        state = State.DEAD;
                        deathOn = e.date();
                    }
                }
                default -> throw new IllegalStateException("unknown kind " + e.kind());
            }
        }

        private void admit(LifecycleEvent e) {
            require(e, !state.isMember() && state != State.IN_TRANSIT, "Đã là đảng viên");
            requireOrganisation(e);
            if (state == State.LEFT && e.date().isBefore(leftOn.plusMonths(READMISSION_MONTHS))) {
                throw new RuleViolationException(READMISSION, "eventDate", "Kết nạp lại sớm nhất "
                        + READMISSION_MONTHS + " tháng sau khi ra khỏi Đảng (" + leftOn + ")");
            }
            LocalDate vote = e.voteDate() != null ? e.voteDate() : e.date();
            admissionRules.checkAge(birthDate, vote, e.voteDate() != null ? "voteDate" : "eventDate");
            admissionRules.checkCertificate(certificate, e.date(), "awarenessCertificate");
            admissions.add(new Admission(e.id(), e.organisationId(), e.date(), Age.wholeMonths(birthDate, e.date()),
                    e.occupation(), e.religious(), null, null, null, null));
            state = State.PROBATIONARY;
            open(e.organisationId(), e.date());
        }

        private void leave(LifecycleEvent e, String reason) {
            close(e.date(), reason);
            state = State.LEFT;
            leftOn = e.date();
            temporarilyAway = false;
            Admission a = lastAdmission();
            if (a != null && a.left() == null) {
                replaceLast(new Admission(a.eventId(), a.organisationId(), a.decision(), a.ageMonths(),
                        a.occupation(), a.religious(), a.ceremony(), a.probationEnd(), a.recognition(), e.date()));
            }
        }

        private void open(long organisationId, LocalDate from) {
            openOrganisation = organisationId;
            openSince = from;
        }

        private void close(LocalDate on, String reason) {
            if (openSince != null) {
                periods.add(new Period(openOrganisation, openSince, on, reason));
                openSince = null;
            }
        }

        private Admission lastAdmission() {
            return admissions.isEmpty() ? null : admissions.get(admissions.size() - 1);
        }

        private void replaceLast(Admission a) {
            admissions.set(admissions.size() - 1, a);
        }

        private void requireOrganisation(LifecycleEvent e) {
            if (e.organisationId() == null) {
                throw new RuleViolationException(LIFECYCLE, "organisationId", "Thiếu tổ chức đảng cho sự kiện " + e.kind());
            }
        }

        private void require(LifecycleEvent e, boolean condition, String reason) {
            if (!condition) {
                refuse(e, "kind", reason);
            }
        }

        private void refuse(LifecycleEvent e, String field, String reason) {
            throw new RuleViolationException(LIFECYCLE, field, e.kind() + " ngày " + e.date() + ": " + reason);
        }

        private <E extends Enum<E>> E parse(Class<E> type, LifecycleEvent e, String field) {
            try {
                return Enum.valueOf(type, e.detail());
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new RuleViolationException(LIFECYCLE, field, "Giá trị không hợp lệ: " + e.detail());
            }
        }

        Result result() {
            List<Period> all = new ArrayList<>(periods);
            if (openSince != null) {
                all.add(new Period(openOrganisation, openSince, null, null));
            }
            return new Result(state, all, List.copyOf(admissions));
        }
    }
}
