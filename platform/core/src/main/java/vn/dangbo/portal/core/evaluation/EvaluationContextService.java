package vn.dangbo.portal.core.evaluation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Objects;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.api.query.Directory;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.api.query.WorkRecords;
import vn.dangbo.portal.core.statistics.StatisticsQueries;
import vn.dangbo.portal.core.statistics.TerritoryOn;

/**
 * Builds the {@link EvaluationContext} the plugin host hands to a province program: the query
 * services of the plugin API bound to the program's territory and year. A plugin cannot reach another
 * province's records through it: no method takes a territory.
 */
@Stateless
public class EvaluationContextService {

    /** Years the records can meaningfully hold (the programs run 2010-2030). */
    private static final int FIRST_YEAR = 1930;
    private static final int LAST_YEAR = 2100;

    @EJB
    private StatisticsQueries queries;

    public EvaluationContext create(Territory territory, int year) {
        Objects.requireNonNull(territory, "territory");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        // Every query of the evaluation counts the territory as it stands on 31/12 of the year.
        TerritoryOn extent = TerritoryOn.yearEnd(territory, year);
        // One context serves one evaluation: a question asked twice in it is answered once.
        return new PortalEvaluationContext(year, territory,
                RememberedAnswers.of(Directory.class, new BoundDirectory(extent, queries)),
                RememberedAnswers.of(MemberStatistics.class, new BoundMemberStatistics(extent, queries)),
                RememberedAnswers.of(AdmissionStatistics.class, new BoundAdmissionStatistics(extent, queries)),
                RememberedAnswers.of(RatingStatistics.class, new BoundRatingStatistics(extent, queries)),
                RememberedAnswers.of(WorkRecords.class, new BoundWorkRecords(extent, queries)));
    }
}
