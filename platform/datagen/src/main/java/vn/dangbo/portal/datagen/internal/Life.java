package vn.dangbo.portal.datagen.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.datagen.record.Education;
import vn.dangbo.portal.datagen.record.Gender;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.record.GeneratedRecord.PersonEvent;

/** One person while their pool is generated: identity, the events so far, and what the pool needs to know. */
final class Life {

    final String code;
    final String fullName;
    final String familyName;
    final String middleName;
    final String givenName;
    final Gender gender;
    final LocalDate birthDate;
    final String ethnicity;
    final String religion;
    final Education education;
    final String nationalId;
    final ProvinceProfile profile;
    final AreaNode firstResidence;
    AreaNode residence;
    String partyCard;

    /** Periods in which the person is a member counted in the home pool: [from, to] inclusive. */
    final List<LocalDate[]> homeSpells = new ArrayList<>();
    LocalDate recognised;
    LocalDate exemptFrom;
    /** Last day in the data (exit, transfer out of the data); null while still present at the end. */
    LocalDate gone;

    private final List<PersonEvent> events = new ArrayList<>();
    private final List<Spell> spells = new ArrayList<>();

    Life(String code, String fullName, String familyName, String middleName, String givenName, Gender gender,
            LocalDate birthDate, String ethnicity, String religion, Education education, String nationalId,
            ProvinceProfile profile, AreaNode residence) {
        this.code = code;
        this.fullName = fullName;
        this.familyName = familyName;
        this.middleName = middleName;
        this.givenName = givenName;
        this.gender = gender;
        this.birthDate = birthDate;
        this.ethnicity = ethnicity;
        this.religion = religion;
        this.education = education;
        this.nationalId = nationalId;
        this.profile = profile;
        this.firstResidence = residence;
        this.residence = residence;
    }

    void add(PersonEvent event) {
        events.add(event);
    }

    /** Whole years of age on a date. */
    int age(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    boolean inHomePoolOn(LocalDate date) {
        for (LocalDate[] spell : homeSpells) {
            if (!date.isBefore(spell[0]) && (spell[1] == null || !date.isAfter(spell[1]))) {
                return true;
            }
        }
        return false;
    }

    /** The last day of the home spell that contains the date (END when open). */
    LocalDate homeSpellEnd(LocalDate date) {
        for (LocalDate[] spell : homeSpells) {
            if (!date.isBefore(spell[0]) && (spell[1] == null || !date.isAfter(spell[1]))) {
                return spell[1] == null ? Timeline.END : spell[1];
            }
        }
        return null;
    }

    void startHomeSpell(LocalDate from) {
        homeSpells.add(new LocalDate[] {from, null});
    }

    void endHomeSpell(LocalDate to) {
        if (!homeSpells.isEmpty() && homeSpells.get(homeSpells.size() - 1)[1] == null) {
            homeSpells.get(homeSpells.size() - 1)[1] = to;
        }
    }

    /**
     * A member anywhere on the date (in this pool, elsewhere after a transfer, or in transit), counted
     * from the first admission or transfer in until leaving the data.
     */
    boolean memberAnywhereOn(LocalDate date) {
        return !homeSpells.isEmpty() && !homeSpells.get(0)[0].isAfter(date) && (gone == null || !gone.isBefore(date));
    }

    boolean fullMemberOn(LocalDate date) {
        return recognised != null && !recognised.isAfter(date) && inHomePoolOn(date);
    }

    boolean exemptOn(LocalDate date) {
        return exemptFrom != null && !exemptFrom.isAfter(date);
    }

    // ---------------------------------------------------------------- occupation history

    Occupation occupation() {
        return spells.isEmpty() ? null : spells.get(spells.size() - 1).occupation;
    }

    /** Starts a new occupation on {@code from}, closing the current one the day before. */
    void work(LocalDate from, Occupation occupation, UnitNode unit) {
        if (!spells.isEmpty()) {
            Spell last = spells.get(spells.size() - 1);
            if (last.occupation == occupation && last.unit == unit) {
                return;
            }
            if (!from.isAfter(last.from)) {
                spells.remove(spells.size() - 1);
            } else {
                last.to = from.minusDays(1);
            }
        }
        spells.add(new Spell(from, occupation, unit));
    }

    /** The events, with the occupation spells, in date order (lifecycle order within a day). */
    List<PersonEvent> finish() {
        for (Spell spell : spells) {
            events.add(new GeneratedRecord.OccupationSpell(code, spell.from, spell.to, spell.occupation,
                    spell.unit == null ? null : spell.unit.code));
        }
        spells.clear();
        events.sort(Comparator.comparing(PersonEvent::date).thenComparingInt(Life::rank));
        return events;
    }

    GeneratedRecord.Person toRecord() {
        return new GeneratedRecord.Person(code, fullName, familyName, middleName, givenName, gender, birthDate,
                ethnicity, religion, education, nationalId, firstResidence.code, profile.code(), partyCard);
    }

    /** Lifecycle order for events on the same day. */
    private static final List<Class<?>> SAME_DAY_ORDER = List.of(GeneratedRecord.OccupationSpell.class,
            GeneratedRecord.ResidenceChange.class, GeneratedRecord.CandidateRegistration.class,
            GeneratedRecord.AwarenessCertificate.class, GeneratedRecord.Admission.class, GeneratedRecord.TransferIn.class,
            GeneratedRecord.TemporaryReturn.class, GeneratedRecord.Recognition.class, GeneratedRecord.CommitteeSeat.class,
            GeneratedRecord.UpdateCourse.class, GeneratedRecord.TaskAssignment.class, GeneratedRecord.AwayFlag.class,
            GeneratedRecord.Exemption.class, GeneratedRecord.MemberRating.class, GeneratedRecord.CandidateMove.class,
            GeneratedRecord.HandoverNotice.class, GeneratedRecord.HandoverAcknowledgement.class,
            GeneratedRecord.LeaveRequest.class, GeneratedRecord.TransferOut.class, GeneratedRecord.Exit.class);

    private static int rank(PersonEvent event) {
        return SAME_DAY_ORDER.indexOf(event.getClass());
    }

    private static final class Spell {
        final LocalDate from;
        final Occupation occupation;
        final UnitNode unit;
        LocalDate to;

        Spell(LocalDate from, Occupation occupation, UnitNode unit) {
            this.from = from;
            this.occupation = occupation;
            this.unit = unit;
        }
    }
}
