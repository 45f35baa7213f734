package vn.dangbo.portal.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.testkit.model.CommitteeRole;
import vn.dangbo.portal.testkit.model.Dated;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Job;
import vn.dangbo.portal.testkit.model.Person;

/**
 * A person and the dated events of their party life; {@link #add()} registers them and returns the id.
 * Events may be given in any order.
 */
public final class PersonBuilder {

    private final FixtureBuilder fixture;
    private final String name;
    private final LocalDate birthDate;
    private boolean religious;
    private final List<Dated<Job>> jobs = new ArrayList<>();
    private final List<Dated<Long>> residences = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    /** Admissions whose occupation or religion is taken from the person's records at add(). */
    private final List<PendingAdmission> pending = new ArrayList<>();

    PersonBuilder(FixtureBuilder fixture, String name, LocalDate birthDate) {
        this.fixture = fixture;
        this.name = name;
        this.birthDate = birthDate;
    }

    /** A follower of a religion (người có đạo). */
    public PersonBuilder religious() {
        this.religious = true;
        return this;
    }

    /** Occupation from the day on (until the next one). */
    public PersonBuilder job(LocalDate from, Occupation occupation) {
        jobs.add(new Dated<>(from, new Job(occupation, null)));
        return this;
    }

    /** A job in a unit from the day on (until the next one). */
    public PersonBuilder job(LocalDate from, Occupation occupation, long unitId) {
        jobs.add(new Dated<>(from, new Job(occupation, unitId)));
        return this;
    }

    /** Lives in the area from the day on (until the next one). */
    public PersonBuilder residence(LocalDate from, long areaId) {
        residences.add(new Dated<>(from, areaId));
        return this;
    }

    /** Registered as a candidate by an organisation ("introduced and trained"). */
    public PersonBuilder candidate(LocalDate date, long organisationId) {
        events.add(new Event.CandidateRegistration(date, organisationId));
        return this;
    }

    /** Awareness course certificate. */
    public PersonBuilder certificate(LocalDate date) {
        events.add(new Event.AwarenessCertificate(date));
        return this;
    }

    /** Admission decision; occupation and religion at admission are read from the person's records. */
    public PersonBuilder admitted(LocalDate decision, long organisationId) {
        pending.add(new PendingAdmission(decision, organisationId));
        return this;
    }

    /** Admission decision with the occupation and religion recorded at admission. */
    public PersonBuilder admitted(LocalDate decision, long organisationId, Occupation occupation, boolean religiousThen) {
        events.add(new Event.Admission(decision, organisationId, occupation, religiousThen));
        return this;
    }

    public PersonBuilder ceremony(LocalDate date) {
        events.add(new Event.Ceremony(date));
        return this;
    }

    public PersonBuilder recognised(LocalDate date) {
        events.add(new Event.Recognition(date));
        return this;
    }

    /** Permanent transfer in (also: a member admitted before the fixture's history starts). */
    public PersonBuilder transferIn(LocalDate date, long organisationId) {
        events.add(new Event.TransferIn(date, organisationId));
        return this;
    }

    /** Permanent transfer out: counted at the old organisation this day, nowhere until a transfer in. */
    public PersonBuilder transferOut(LocalDate date) {
        events.add(new Event.TransferOut(date));
        return this;
    }

    /** Temporary transfer to a host organisation: still counted at home. */
    public PersonBuilder temporaryStay(LocalDate from, LocalDate until, long hostOrganisationId) {
        events.add(new Event.TemporaryStay(from, until, hostOrganisationId));
        return this;
    }

    public PersonBuilder exit(LocalDate date, ExitKind kind) {
        events.add(new Event.Exit(date, kind));
        return this;
    }

    /** Flagged as working away from the residence (until: null while still flagged). */
    public PersonBuilder away(LocalDate from, LocalDate until) {
        events.add(new Event.AwayFlag(from, until));
        return this;
    }

    public PersonBuilder requestToLeave(LocalDate date) {
        events.add(new Event.RequestToLeave(date));
        return this;
    }

    /** Yearly rating, counted for the grassroots organisation above the member's home on 31/12. */
    public PersonBuilder rated(int year, RatingGrade grade) {
        events.add(new Event.MemberRating(year, grade, null));
        return this;
    }

    /** Yearly rating, counted for the grassroots organisation above the given one. */
    public PersonBuilder rated(int year, RatingGrade grade, long organisationId) {
        events.add(new Event.MemberRating(year, grade, organisationId));
        return this;
    }

    /** A committee post (until: null while held). */
    public PersonBuilder committee(long organisationId, CommitteeRole role, LocalDate from, LocalDate until) {
        events.add(new Event.CommitteePost(from, until, organisationId, role));
        return this;
    }

    /** The yearly update course for committee members. */
    public PersonBuilder updateCourse(LocalDate date) {
        events.add(new Event.UpdateCourse(date));
        return this;
    }

    /** A task assignment for the year (Quy định 213-QĐ/TW). */
    public PersonBuilder task(int year, long organisationId) {
        events.add(new Event.TaskAssignment(year, organisationId));
        return this;
    }

    public long add() {
        return fixture.register(this);
    }

    Person toRecord(long id) {
        Person draft = new Person(id, name, birthDate, religious, jobs, residences, List.of());
        List<Event> all = new ArrayList<>(events);
        for (PendingAdmission admission : pending) {
            Job job = draft.jobOn(admission.date());
            all.add(new Event.Admission(admission.date(), admission.organisationId(),
                    job == null ? null : job.occupation(), religious));
        }
        return new Person(id, name, birthDate, religious, jobs, residences, all);
    }

    private record PendingAdmission(LocalDate date, long organisationId) {
    }
}
