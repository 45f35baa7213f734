package vn.dangbo.portal.api.program;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.api.query.Directory;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.api.query.WorkRecords;

/**
 * What a program evaluates against: the year and the platform's query services, all bound by the
 * platform to the program's territory. A plugin cannot reach another province's records through it.
 * Provided by the platform (and by the test kit in plain JUnit tests).
 */
@ProviderType
public interface EvaluationContext {

    /** The year evaluated. */
    int year();

    /** 31 December of the year: "as of a date" and the structure of the year. */
    default LocalDate yearEnd() {
        return LocalDate.of(year(), 12, 31);
    }

    /** 1 January of the year. */
    default LocalDate yearStart() {
        return LocalDate.of(year(), 1, 1);
    }

    /** The territory counted. */
    Territory territory();

    Directory directory();

    MemberStatistics members();

    AdmissionStatistics admissions();

    RatingStatistics ratings();

    WorkRecords workRecords();
}
