package vn.dangbo.portal.api.query;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Yearly quality ratings. A rating counts for the record it names; it does not pass to successors. */
@ProviderType
public interface RatingStatistics {

    /** Grassroots organisations of the territory rated for the year, with their grade. */
    List<OrganisationRating> organisationRatings(int year);

    /** Member ratings of the year, per grassroots organisation the rated member belonged to. */
    List<GradeCounts> memberRatings(int year);
}
