package vn.dangbo.portal.core.bulkload;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.core.error.RuleViolationException;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.rules.LifecycleEvent;
import vn.dangbo.portal.core.rules.MembershipHistory;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.text.VietnameseText;
import vn.dangbo.portal.core.work.CommitteeRole;
import vn.dangbo.portal.datagen.record.Education;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.record.GeneratedRecord.Person;
import vn.dangbo.portal.datagen.record.GeneratedRecord.PersonEvent;
import vn.dangbo.portal.datagen.record.TransferKind;

/**
 * Writes one person with all their events: the person row, the membership events, and the projections
 * {@code MembershipRecorder.rebuild} keeps (membership periods, admission records), computed by the same
 * {@link MembershipHistory} replay, so a history the rules refuse fails the load naming the person.
 */
final class PersonWriter {

    /** Reason of a supplied certificate (see {@link #suppliedCertificate}). */
    static final String SUPPLIED_CERTIFICATE = "Bổ sung khi nạp dữ liệu: kết nạp trước thời kỳ của dữ liệu";

    static final String SUPPLIED_CERTIFICATES = "awareness certificates supplied (members admitted before the data)";
    static final String DROPPED_RETURNS = "temporary returns dropped (a permanent transfer had ended the stay)";
    static final String EXPULSIONS_AS_REMOVALS = "expulsions of probationary members recorded as removals";
    static final String MOVED_CEREMONIES = "ceremonies moved to the day the member left before them";

    private final BatchInserts rows;
    /** What the mapping had to add or move so that the rules accept the stream, counted. */
    final Map<String, Long> adjustments = new java.util.TreeMap<>();
    private final LongSupplier ids;
    private final DatabaseSink.Ids codes;
    private final MembershipHistory history;
    private final LocalDateTime recordedAt;

    private Person person;
    private final List<PersonEvent> events = new ArrayList<>();

    PersonWriter(BatchInserts rows, LongSupplier ids, DatabaseSink.Ids codes, RuleSettings settings,
            LocalDateTime recordedAt) {
        this.rows = rows;
        this.ids = ids;
        this.codes = codes;
        this.history = new MembershipHistory(settings);
        this.recordedAt = recordedAt;
    }

    void start(Person p) {
        finish();
        codes.persons.put(p.code(), ids.getAsLong());
        person = p;
    }

    void event(PersonEvent e) {
        if (person == null || !person.code().equals(e.personCode())) {
            throw new LoadException(e.recordType() + " of person " + e.personCode()
                    + " does not follow that person's record");
        }
        events.add(e);
    }

    /** Writes the pending person, if any. */
    void finish() {
        if (person == null) {
            return;
        }
        try {
            write(codes.persons.id(person.code(), "person"));
        } finally {
            person = null;
            events.clear();
        }
    }

    private void write(long personId) {
        String where = "person " + person.code();
        String residence = person.residenceAreaCode();
        for (PersonEvent e : events) {
            if (e instanceof GeneratedRecord.ResidenceChange r) {
                residence = r.areaCode(); // the schema keeps the present residence only
            }
        }
        String name = VietnameseText.normalize(person.fullName());
        String religion = blankToNull(VietnameseText.normalize(person.religion()));
        rows.insert("person", personId, person.code(), name, VietnameseText.searchKey(name),
                VietnameseText.sortKey(name), person.birthDate(), person.gender().name(),
                VietnameseText.normalize(person.ethnicity()), religion, educationLabel(person.education()),
                codes.areas.idOrNull(residence, where), false, blankToNull(person.nationalId()),
                blankToNull(person.partyCardNumber()), recordedAt, person.formerProvince());

        List<LifecycleEvent> lifecycle = new ArrayList<>();
        Map<String, Long> moves = new LinkedHashMap<>();
        Map<String, Notice> notices = new LinkedHashMap<>();
        boolean certified = false;
        boolean temporarilyAway = false;
        boolean probationary = false;
        for (int i = 0; i < events.size(); i++) {
            PersonEvent e = events.get(i);
            if (e instanceof GeneratedRecord.OccupationSpell o) {
                rows.insert("person_occupation", ids.getAsLong(), personId,
                        o.occupation().name(), codes.units.idOrNull(o.unitCode(), where), o.date(), o.validTo());
            } else if (e instanceof GeneratedRecord.ResidenceChange r) {
                // applied to the person row above
            } else if (e instanceof GeneratedRecord.CandidateRegistration c) {
                lifecycle.add(event(personId,
                        MembershipEventKind.CANDIDATE_REGISTRATION, c.date(), org(c.organisationCode(), where), null,
                        null, null, null, null));
            } else if (e instanceof GeneratedRecord.AwarenessCertificate c) {
                certified = true;
                lifecycle.add(event(personId,
                        MembershipEventKind.AWARENESS_CERTIFICATE, c.date(), org(c.organisationCode(), where), null,
                        c.certificateNumber(), null, null, null));
            } else if (e instanceof GeneratedRecord.Admission a) {
                long organisation = org(a.organisationCode(), where);
                if (!certified) {
                    lifecycle.add(suppliedCertificate(personId, a, organisation));
                    adjustments.merge(SUPPLIED_CERTIFICATES, 1L, Long::sum);
                }
                certified = false;
                probationary = true;
                // Kept with the admission, as MembershipRecorder does: occupation and religion on the day.
                lifecycle.add(event(personId, MembershipEventKind.ADMISSION, a.date(), organisation, null, null,
                        null, occupationOn(a.date()), religion));
                if (a.ceremonyDate() != null) {
                    lifecycle.add(event(personId, MembershipEventKind.CEREMONY, ceremonyDate(a, i), organisation,
                            null, null, null, null, null));
                }
            } else if (e instanceof GeneratedRecord.Recognition r) {
                probationary = false;
                lifecycle.add(event(personId, MembershipEventKind.RECOGNITION,
                        r.date(), org(r.organisationCode(), where), null, null, null, null, null));
            } else if (e instanceof GeneratedRecord.TransferOut t) {
                temporarilyAway = t.transferKind() == TransferKind.TEMPORARY;
                if (t.transferKind() == TransferKind.PERMANENT) {
                    lifecycle.add(event(personId, MembershipEventKind.TRANSFER_OUT, t.date(),
                            org(t.organisationCode(), where), null, null, t.toName(), null, null));
                } else {
                    if (t.toOrganisationCode() == null) {
                        throw new LoadException(where + ": temporary transfer on " + t.date() + " without a host");
                    }
                    lifecycle.add(event(personId, MembershipEventKind.TEMPORARY_TRANSFER, t.date(),
                            org(t.toOrganisationCode(), where), null, null, t.toName(), null, null));
                }
            } else if (e instanceof GeneratedRecord.TransferIn t) {
                // A temporary transfer is one event in the schema (recorded on leaving, at the host).
                if (t.transferKind() == TransferKind.PERMANENT) {
                    lifecycle.add(event(personId, MembershipEventKind.TRANSFER_IN, t.date(),
                            org(t.organisationCode(), where), null, null, t.fromName(), null, null));
                }
            } else if (e instanceof GeneratedRecord.TemporaryReturn r) {
                if (!temporarilyAway) {
                    // A permanent transfer or exit already ended the temporary one (as the rules see it).
                    adjustments.merge(DROPPED_RETURNS, 1L, Long::sum);
                    continue;
                }
                temporarilyAway = false;
                lifecycle.add(event(personId,
                        MembershipEventKind.TEMPORARY_RETURN, r.date(), org(r.organisationCode(), where), null, null,
                        null, null, null));
            } else if (e instanceof GeneratedRecord.Exemption x) {
                lifecycle.add(event(personId, MembershipEventKind.EXEMPTION,
                        x.date(), org(x.organisationCode(), where), null, null, null, null, x.reason()));
            } else if (e instanceof GeneratedRecord.Exit x) {
                temporarilyAway = false;
                ExitKind kind = x.exitKind();
                if (probationary && kind == ExitKind.EXPULSION) {
                    // The rules do not expel a probationary member: he is removed from the rolls (xóa tên).
                    kind = ExitKind.REMOVAL;
                    adjustments.merge(EXPULSIONS_AS_REMOVALS, 1L, Long::sum);
                }
                probationary = false;
                lifecycle.add(event(personId, MembershipEventKind.EXIT, x.date(),
                        org(x.organisationCode(), where), kind.name(), null, null, null, x.reason()));
            } else if (e instanceof GeneratedRecord.AwayFlag a) {
                rows.insert("away_flag", ids.getAsLong(), personId, a.date(),
                        a.validTo());
            } else if (e instanceof GeneratedRecord.LeaveRequest l) {
                rows.insert("leave_request", ids.getAsLong(), personId,
                        l.date());
            } else if (e instanceof GeneratedRecord.MemberRating r) {
                rows.insert("member_rating", ids.getAsLong(), personId,
                        r.year(), org(r.organisationCode(), where), r.grade().name());
            } else if (e instanceof GeneratedRecord.TaskAssignment t) {
                rows.insert("task_assignment", ids.getAsLong(), personId,
                        t.year(), org(t.organisationCode(), where), t.task());
            } else if (e instanceof GeneratedRecord.CommitteeSeat s) {
                rows.insert("committee_member", ids.getAsLong(),
                        org(s.organisationCode(), where), personId, role(s.role()).name(), s.date(), s.validTo());
            } else if (e instanceof GeneratedRecord.UpdateCourse c) {
                rows.insert("committee_training", ids.getAsLong(), personId,
                        c.date(), "Bồi dưỡng cập nhật kiến thức cho cấp ủy viên năm " + c.year());
            } else if (e instanceof GeneratedRecord.CandidateMove m) {
                long id = ids.getAsLong();
                moves.put(m.code(), id);
                rows.insert("candidate_move", id, personId, org(m.fromOrganisationCode(), where),
                        codes.organisations.idOrNull(m.toOrganisationCode(), where), m.toName(), m.date());
            } else if (e instanceof GeneratedRecord.HandoverNotice n) {
                notices.put(n.moveCode(), new Notice(move(moves, n.moveCode(),
                        where), org(n.organisationCode(), where), n.date()));
            } else if (e instanceof GeneratedRecord.HandoverAcknowledgement a) {
                Notice n = notices.get(a.moveCode());
                if (n == null) {
                    throw new LoadException(where + ": acknowledgement of move " + a.moveCode() + " without notice");
                }
                n.acknowledgedOn = a.date();
                n.acknowledgedBy = codes.organisationNames.get(a.organisationCode());
            }
        }
        for (Notice n : notices.values()) {
            rows.insert("handover_notice", ids.getAsLong(), n.moveId, n.issuedBy, n.issuedOn, n.acknowledgedOn,
                    n.acknowledgedBy);
        }
        project(personId, lifecycle, where);
    }

    /** The projections of MembershipRecorder.rebuild, from the same replay. */
    private void project(long personId, List<LifecycleEvent> lifecycle, String where) {
        if (lifecycle.isEmpty()) {
            return;
        }
        MembershipHistory.Result result;
        try {
            result = history.replay(lifecycle, person.birthDate());
        } catch (RuleViolationException e) {
            throw new LoadException(where + ": the membership rules refuse the generated history: " + e.getMessage(),
                    e);
        }
        for (MembershipHistory.Period p : result.periods()) {
            rows.insert("membership_period", ids.getAsLong(), personId, p.organisationId(), p.start(), p.end(),
                    p.endReason());
        }
        for (MembershipHistory.Admission a : result.admissions()) {
            rows.insert("admission_record", ids.getAsLong(), personId, a.eventId(), a.organisationId(), a.decision(),
                    a.ageMonths(), a.occupation(), a.religious(), a.ceremony(), a.probationEnd(), a.recognition(),
                    a.left());
        }
    }

    /**
     * The ceremony date, unless the member left the admitting branch (permanent transfer, exit) before
     * it: the rules hold a ceremony only for a probationary member present, so it is recorded on the
     * day of leaving (ordered before the leaving), which keeps every later recognition valid.
     */
    private LocalDate ceremonyDate(GeneratedRecord.Admission a, int index) {
        for (int j = index + 1; j < events.size(); j++) {
            LocalDate leaving = null;
            if (events.get(j) instanceof GeneratedRecord.TransferOut t && t.transferKind() == TransferKind.PERMANENT) {
                leaving = t.date();
            } else if (events.get(j) instanceof GeneratedRecord.Exit x) {
                leaving = x.date();
            } else if (events.get(j) instanceof GeneratedRecord.Admission) {
                break;
            }
            if (leaving != null) {
                if (leaving.isBefore(a.ceremonyDate())) {
                    adjustments.merge(MOVED_CEREMONIES, 1L, Long::sum);
                    return leaving;
                }
                break;
            }
        }
        return a.ceremonyDate();
    }

    /**
     * The members already in the party when the data starts come with their admission but without the
     * awareness-course certificate, which the rules require before any admission. The certificate is
     * supplied (dated three months before the decision, marked in its reason) so that the stored history
     * passes the rules again whenever the write services replay it.
     */
    private LifecycleEvent suppliedCertificate(long personId, GeneratedRecord.Admission a, long organisation) {
        return event(personId, MembershipEventKind.AWARENESS_CERTIFICATE, a.date().minusMonths(3), organisation,
                null, null, null, null, SUPPLIED_CERTIFICATE);
    }

    private LifecycleEvent event(long personId, MembershipEventKind kind, LocalDate date, long organisationId,
            String detail, String decisionRef, String counterpart, String occupation, String reasonOrReligion) {
        long id = ids.getAsLong();
        boolean admission = kind == MembershipEventKind.ADMISSION;
        String religion = admission ? reasonOrReligion : null;
        String reason = admission ? null : reasonOrReligion;
        rows.insert("membership_event", id, personId, kind.name(), date, organisationId, detail, decisionRef,
                counterpart, occupation, religion, false, reason, recordedAt);
        return new LifecycleEvent(id, kind, date, organisationId, detail, null, occupation, religion != null, null,
                false);
    }

    private String occupationOn(LocalDate date) {
        for (PersonEvent e : events) {
            if (e instanceof GeneratedRecord.OccupationSpell o && !o.date().isAfter(date)
                    && (o.validTo() == null || !o.validTo().isBefore(date))) {
                return o.occupation().name();
            }
        }
        return null;
    }

    private long org(String code, String where) {
        return codes.organisations.id(code, where);
    }

    private static long move(Map<String, Long> moves, String code, String where) {
        Long id = moves.get(code);
        if (id == null) {
            throw new LoadException(where + ": notice of unknown move " + code);
        }
        return id;
    }

    private static CommitteeRole role(vn.dangbo.portal.datagen.record.CommitteeRole role) {
        return switch (role) {
            case SECRETARY -> CommitteeRole.SECRETARY;
            case DEPUTY_SECRETARY -> CommitteeRole.DEPUTY;
            case MEMBER -> CommitteeRole.MEMBER;
        };
    }

    /** The member sheet's words for the general education level (free text in the schema). */
    static String educationLabel(Education education) {
        if (education == null) {
            return null;
        }
        return switch (education) {
            case PRIMARY -> "Tiểu học";
            case LOWER_SECONDARY -> "Trung học cơ sở";
            case UPPER_SECONDARY -> "Trung học phổ thông";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A hand-over notice, completed by its acknowledgement before it is written. */
    private static final class Notice {
        final long moveId;
        final long issuedBy;
        final LocalDate issuedOn;
        LocalDate acknowledgedOn;
        String acknowledgedBy;

        Notice(long moveId, long issuedBy, LocalDate issuedOn) {
            this.moveId = moveId;
            this.issuedBy = issuedBy;
            this.issuedOn = issuedOn;
        }
    }
}
