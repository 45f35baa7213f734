package vn.dangbo.portal.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.api.model.KeyCount;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.core.statistics.StatisticsQueries;
import vn.dangbo.portal.core.statistics.TerritoryOn;

/** {@link AdmissionStatistics} bound to a territory; every call is a business method of the EJB. */
record BoundAdmissionStatistics(TerritoryOn territory, StatisticsQueries queries) implements AdmissionStatistics {

    @Override
    public long count(LocalDate from, LocalDate to) {
        return queries.admissions(territory, from, to);
    }

    @Override
    public List<KeyCount> countBy(LocalDate from, LocalDate to, AdmissionDimension dimension) {
        return queries.admissionsBy(territory, from, to, dimension);
    }
}
