package vn.dangbo.portal.api.query;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import vn.dangbo.portal.api.model.KeyCount;

/**
 * Admissions: admission decisions dated within a period, by organisations of the territory. A count
 * of events is never "not enough data": zero is a real zero.
 */
@ProviderType
public interface AdmissionStatistics {

    /** Admission decisions dated from {@code from} to {@code to}, both included. */
    long count(LocalDate from, LocalDate to);

    /** The same admissions grouped by a dimension; groups with none are absent. */
    List<KeyCount> countBy(LocalDate from, LocalDate to, AdmissionDimension dimension);
}
