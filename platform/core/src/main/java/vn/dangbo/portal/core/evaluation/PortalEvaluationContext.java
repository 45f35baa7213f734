package vn.dangbo.portal.core.evaluation;

import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.api.query.Directory;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.api.query.WorkRecords;

/**
 * The context a plugin evaluates against: plain immutable objects holding the territory and the EJB
 * proxy, so a plugin may call them from any thread; the EJB owns each call's transaction.
 */
record PortalEvaluationContext(int year, Territory territory, Directory directory, MemberStatistics members,
        AdmissionStatistics admissions, RatingStatistics ratings, WorkRecords workRecords)
        implements EvaluationContext {
}
