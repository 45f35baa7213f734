package vn.dangbo.portal.core.evaluation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Objects;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.core.statistics.StatisticsQueries;

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
        return new PortalEvaluationContext(year, territory, new BoundDirectory(territory, queries),
                new BoundMemberStatistics(territory, queries), new BoundAdmissionStatistics(territory, queries),
                new BoundRatingStatistics(territory, queries), new BoundWorkRecords(territory, queries));
    }
}
