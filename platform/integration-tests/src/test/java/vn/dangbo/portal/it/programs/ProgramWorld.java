package vn.dangbo.portal.it.programs;

import java.time.LocalDate;
import java.util.Map;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;

/**
 * The records a province fixture writes, in the words of the platform's write services. One
 * implementation writes them through the portal's REST API ({@link RestProgramWorld}), the other into
 * the test kit's in-memory world ({@link TestkitProgramWorld}); the same fixture written into both lets
 * the test compare the database-backed figures with the in-memory reference. Every method returns
 * the new record's handle, which later calls refer to.
 */
interface ProgramWorld {

    /** The province (before 1 July 2025) the next records belong to and whose staff records them. */
    void province(String code);

    /** An area valid since 2000, with its population by year (may be empty). */
    long area(String code, String name, AreaKind kind, Long parent, Map<Integer, Long> population);

    /** An economic unit or private school valid since 2000, with its stable workers by observation day. */
    long unit(String code, String name, UnitKind kind, long area, Map<LocalDate, Integer> workers);

    long organisation(String code, String name, OrganisationType type, Sector sector, Long parent, Long unit,
            LocalDate validFrom, long... areas);

    /** Closes an organisation on its last day; its admissions, plans and quotas pass to the successors. */
    void close(long organisation, LocalDate lastDay, long... successors);

    /** A person; {@code religion} null for none; {@code residence} null when unknown. */
    long person(String name, LocalDate born, String religion, Long residence);

    void occupation(long person, Occupation occupation, Long unit, LocalDate from);

    void candidacy(long person, LocalDate date, long organisation);

    void certificate(long person, LocalDate date);

    void admission(long person, LocalDate decision, long organisation);

    void ceremony(long person, LocalDate date);

    void recognition(long person, LocalDate date);

    void failedProbation(long person, LocalDate date);

    void transferIn(long person, LocalDate date, long organisation);

    void exit(long person, LocalDate date, ExitKind kind);

    void position(long area, PositionKind kind, long person, LocalDate from);

    void organisationRating(long organisation, int year, RatingGrade grade);

    void memberRating(long organisation, int year, long person, RatingGrade grade);

    /** A committee seat: {@code secretary} true for the secretary, false for an ordinary member. */
    void seat(long organisation, long person, boolean secretary, LocalDate from);

    void training(long person, LocalDate date);

    void task(long person, int year, long organisation);

    void yearPlan(long organisation, int year, Integer quota);

    void termPlan(long organisation, int from, int to, Integer quota);

    long candidateMove(long person, long from, String destination, LocalDate date);

    void notice(long move, long issuedBy, LocalDate date, LocalDate acknowledged);

    void away(long person, LocalDate from, LocalDate to);

    void leaveRequest(long person, LocalDate filedOn);

    /** Admission with everything the lifecycle rules ask before it: registration and certificate. */
    default void admitted(long person, LocalDate decision, long organisation) {
        candidacy(person, decision.minusMonths(8), organisation);
        certificate(person, decision.minusMonths(6));
        admission(person, decision, organisation);
    }
}
