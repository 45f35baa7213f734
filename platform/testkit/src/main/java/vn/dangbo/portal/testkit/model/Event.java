package vn.dangbo.portal.testkit.model;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.RatingGrade;

/** The dated events of a person's party life. */
public sealed interface Event {

    /** The day the event takes effect (for a yearly record, 31 December of its year). */
    LocalDate date();

    /** Registered as a candidate (quần chúng ưu tú) by an organisation: "introduced". */
    record CandidateRegistration(LocalDate date, long organisationId) implements Event {
    }

    /** Awareness course certificate (giấy chứng nhận bồi dưỡng nhận thức về Đảng). */
    record AwarenessCertificate(LocalDate date) implements Event {
    }

    /** Admission decision, with the occupation and religion at the decision. */
    record Admission(LocalDate date, long organisationId, Occupation occupation, boolean religious) implements Event {
    }

    /** Admission ceremony: probation runs 12 months from it. */
    record Ceremony(LocalDate date) implements Event {
    }

    /** Recognition as a full member. */
    record Recognition(LocalDate date) implements Event {
    }

    /** Permanent transfer in: the member counts at the organisation from this day. */
    record TransferIn(LocalDate date, long organisationId) implements Event {
    }

    /** Permanent transfer out: the member still counts at the old organisation this day, then nowhere. */
    record TransferOut(LocalDate date) implements Event {
    }

    /** Temporary transfer: hosted by another organisation, still counted at home. */
    record TemporaryStay(LocalDate date, LocalDate until, long hostOrganisationId) implements Event {
    }

    /** Leaving the rolls; the member still counts on this day. */
    record Exit(LocalDate date, ExitKind kind) implements Event {
    }

    /** Flagged as working away from the place of residence, from one day to another (null: still). */
    record AwayFlag(LocalDate date, LocalDate until) implements Event {
    }

    /** A request to leave the party, filed on the date. */
    record RequestToLeave(LocalDate date) implements Event {
    }

    /** The member's yearly rating; the organisation rated in, or null for the one on 31/12. */
    record MemberRating(int year, RatingGrade grade, Long organisationId) implements Event {
        @Override
        public LocalDate date() {
            return LocalDate.of(year, 12, 31);
        }
    }

    /** A post in an organisation's committee from one day to another (null: still). */
    record CommitteePost(LocalDate date, LocalDate until, long organisationId, CommitteeRole role) implements Event {
    }

    /** The yearly update course for committee members, attended on the date. */
    record UpdateCourse(LocalDate date) implements Event {
    }

    /** A task assignment for a year (Quy định 213-QĐ/TW) by an organisation. */
    record TaskAssignment(int year, long organisationId) implements Event {
        @Override
        public LocalDate date() {
            return LocalDate.of(year, 1, 1);
        }
    }
}
