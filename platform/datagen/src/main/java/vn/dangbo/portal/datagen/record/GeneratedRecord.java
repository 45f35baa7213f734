package vn.dangbo.portal.datagen.record;

import java.time.LocalDate;
import java.util.List;

import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;

/**
 * Everything the generator emits. Records refer to each other by external code only; a record is
 * emitted after every record it names (parents before children, people before their events,
 * predecessors and successors before the succession that links them). Dates are inclusive;
 * {@code validTo == null} means "still valid".
 */
public sealed interface GeneratedRecord {

    /** The record type, used as the CSV file name and in counters. */
    default String recordType() {
        return getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- territory and structure

    /** A province before or after the merger of 1/7/2025 (codes of V1__provinces.sql). */
    record Province(String code, String nameVi, String nameEn, LocalDate validTo, String mergedInto)
            implements GeneratedRecord {
    }

    /** An administrative area: province, district (until 30/6/2025), commune/ward, residential area. */
    record Area(String code, String name, AreaKind kind, String parentCode, String formerProvince,
            LocalDate validFrom, LocalDate validTo) implements GeneratedRecord {
    }

    /** The area {@code successorCode} took over {@code predecessorCode} on {@code date}. */
    record AreaSuccession(String predecessorCode, String successorCode, LocalDate date) implements GeneratedRecord {
    }

    /** Population of an area in a year. Given for residential areas only (the leaves), so sums never double count. */
    record AreaPopulation(String areaCode, int year, int population) implements GeneratedRecord {
    }

    /** An economic unit or private school; {@code areaCode} is the commune or ward where it was registered. */
    record Unit(String code, String name, UnitKind kind, String areaCode, String formerProvince,
            LocalDate validFrom, LocalDate validTo) implements GeneratedRecord {
    }

    /** Workers in stable employment at a unit, as counted on {@code date} (31/12 of each year). */
    record UnitWorkforce(String unitCode, LocalDate date, int stableWorkers) implements GeneratedRecord {
    }

    /**
     * A party organisation. {@code areaCodes}: the residential areas a residential branch serves (or
     * the commune of a commune committee); {@code unitCode}: the unit it is set up in.
     */
    record Organisation(String code, String name, OrganisationType type, Sector sector, String parentCode,
            String formerProvince, LocalDate validFrom, LocalDate validTo, List<String> areaCodes, String unitCode)
            implements GeneratedRecord {
        public Organisation {
            areaCodes = List.copyOf(areaCodes);
        }
    }

    /** The organisation {@code successorCode} took over {@code predecessorCode} (its admissions and plans). */
    record OrganisationSuccession(String predecessorCode, String successorCode, LocalDate date)
            implements GeneratedRecord {
    }

    /** A yearly quality rating of a grassroots organisation. */
    record OrganisationRating(String organisationCode, int year, LocalDate date, RatingGrade grade)
            implements GeneratedRecord {
    }

    /** A committee's yearly admission plan; {@code quota == null}: a plan that assigns no number. */
    record AdmissionPlan(String organisationCode, int year, LocalDate date, Integer quota) implements GeneratedRecord {
    }

    /** A committee's plan for a term (e.g. 2021-2025); {@code quota == null}: no number set. */
    record TermPlan(String organisationCode, int fromYear, int toYear, LocalDate date, Integer quota)
            implements GeneratedRecord {
    }

    /**
     * Who holds a residential area's post (not a party post). {@code personCode == null}: vacant.
     * Emitted after the people it names.
     */
    record AreaPosition(String areaCode, PositionKind kind, String personCode, LocalDate validFrom,
            LocalDate validTo) implements GeneratedRecord {
    }

    // ---------------------------------------------------------------- people

    /**
     * A person: member, candidate, area head or worker. Sensitive fields (national ID, birth date,
     * religion) are synthetic. {@code religion == null}: none. {@code partyCardNumber} only for members
     * who became full members.
     */
    record Person(String code, String fullName, String familyName, String middleName, String givenName,
            Gender gender, LocalDate birthDate, String ethnicity, String religion, Education education,
            String nationalId, String residenceAreaCode, String formerProvince, String partyCardNumber)
            implements GeneratedRecord {
    }

    /** Something that happened to one person on one date; emitted in date order per person. */
    sealed interface PersonEvent extends GeneratedRecord {
        String personCode();

        LocalDate date();
    }

    /** A person's occupation from {@code date} to {@code validTo}; {@code unitCode} names the employer if tracked. */
    record OccupationSpell(String personCode, LocalDate date, LocalDate validTo, Occupation occupation,
            String unitCode) implements PersonEvent {
    }

    /** Residence moved to another area (e.g. the successor of a merged hamlet). */
    record ResidenceChange(String personCode, LocalDate date, String areaCode) implements PersonEvent {
    }

    /** Registration in a branch's candidate pool (quần chúng ưu tú), introduced by a full member. */
    record CandidateRegistration(String personCode, LocalDate date, String organisationCode, String introducerCode)
            implements PersonEvent {
    }

    /** Certificate of the awareness course (CN-NTVĐ). */
    record AwarenessCertificate(String personCode, LocalDate date, String organisationCode, String certificateNumber)
            implements PersonEvent {
    }

    /**
     * Admission: {@code date} is the decision, {@code ceremonyDate} the ceremony (null when not held by
     * the end of the data). {@code helperCode}: the full member assigned to help during probation.
     */
    record Admission(String personCode, LocalDate date, String organisationCode, LocalDate ceremonyDate,
            String helperCode) implements PersonEvent {
    }

    /** Recognition as full member; {@code dueDate} is 12 months after the ceremony. */
    record Recognition(String personCode, LocalDate date, String organisationCode, LocalDate dueDate)
            implements PersonEvent {
    }

    /** A permanent or temporary transfer out; {@code toOrganisationCode == null}: outside the data. */
    record TransferOut(String personCode, LocalDate date, TransferKind transferKind, String organisationCode,
            String toOrganisationCode, String toName) implements PersonEvent {
    }

    /** A transfer in: presenting the letter at the new organisation; {@code fromOrganisationCode == null}: from outside. */
    record TransferIn(String personCode, LocalDate date, TransferKind transferKind, String organisationCode,
            String fromOrganisationCode, String fromName) implements PersonEvent {
    }

    /** A temporarily hosted member returns home (end of a temporary transfer). */
    record TemporaryReturn(String personCode, LocalDate date, String organisationCode, String hostOrganisationCode)
            implements PersonEvent {
    }

    /** Exemption from work and meetings (a status, not an exit). */
    record Exemption(String personCode, LocalDate date, String organisationCode, String reason)
            implements PersonEvent {
    }

    /** Leaving the rolls: removal (incl. failed probation), expulsion, leaving at own request, death. */
    record Exit(String personCode, LocalDate date, String organisationCode, ExitKind exitKind, String reason)
            implements PersonEvent {
    }

    /** The member works away from residence from {@code date} to {@code validTo}. */
    record AwayFlag(String personCode, LocalDate date, LocalDate validTo, String organisationCode, String place)
            implements PersonEvent {
    }

    /** A request to leave the party, filed with the organisation. */
    record LeaveRequest(String personCode, LocalDate date, String organisationCode) implements PersonEvent {
    }

    /** A member's yearly quality rating. */
    record MemberRating(String personCode, LocalDate date, String organisationCode, int year, RatingGrade grade)
            implements PersonEvent {
    }

    /** A task assigned to a member for a year (Quy định 213-QĐ/TW). */
    record TaskAssignment(String personCode, LocalDate date, String organisationCode, int year, String task)
            implements PersonEvent {
    }

    /** A seat on an organisation's committee from {@code date} to {@code validTo}. */
    record CommitteeSeat(String personCode, LocalDate date, LocalDate validTo, String organisationCode,
            CommitteeRole role) implements PersonEvent {
    }

    /** Attendance of the yearly update course for committee members. */
    record UpdateCourse(String personCode, LocalDate date, String organisationCode, int year)
            implements PersonEvent {
    }

    /** A trained, not admitted candidate moved away; {@code toOrganisationCode == null}: outside the data. */
    record CandidateMove(String code, String personCode, LocalDate date, String fromOrganisationCode,
            String toOrganisationCode, String toName) implements PersonEvent {
    }

    /** The origin organisation notified the destination of a candidate's move. */
    record HandoverNotice(String moveCode, String personCode, LocalDate date, String organisationCode,
            String number) implements PersonEvent {
    }

    /** The destination acknowledged a hand-over notice. */
    record HandoverAcknowledgement(String moveCode, String personCode, LocalDate date, String organisationCode)
            implements PersonEvent {
    }
}
