package vn.dangbo.portal.api.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.KeyCount;

/**
 * Counts of members. A person is a member from the admission decision (or a permanent transfer in)
 * until a permanent transfer out, removal, expulsion, leaving at own request or death, and still
 * counts on that exit day. Probationary and exempted members count; a temporarily hosted member
 * counts at home, never at the host; between a permanent transfer out and in, nowhere.
 */
@ProviderType
public interface MemberStatistics {

    /** Members of the territory's organisations on the date. */
    long membersAt(LocalDate date);

    /**
     * Members on the date per committee directly under the provincial committee on that date;
     * keys are organisation ids.
     */
    List<KeyCount> membersByCommittee(LocalDate date);

    /** Exits dated within the period (inclusive), by kind; kinds with none are absent. */
    Map<ExitKind, Long> exits(LocalDate from, LocalDate to);

    /** Members flagged as working away from their residence during the year. */
    AwayMembers awayMembers(int year);

    /** Probation cohort of the year: members whose 12 months from the ceremony end in the year. */
    ProbationCohort probationCohort(int year);

    /** Members on 31/12 of the year and those holding a task assignment for it (Quy định 213). */
    TaskCoverage taskCoverage(int year);

    /**
     * Members on the date by their occupation that day. Keys: an {@link
     * vn.dangbo.portal.api.model.Occupation} name, or NONE. Empty when the platform does not record
     * occupations of members (a plugin then reports not enough data).
     *
     * @since 1.1
     */
    default List<KeyCount> membersByOccupation(LocalDate date) {
        return List.of();
    }
}
