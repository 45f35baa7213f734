package vn.dangbo.portal.core.evaluation;

import jakarta.ejb.Stateless;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.api.query.Directory;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.api.query.WorkRecords;

/**
 * PLACEHOLDER of the plugin host branch, replaced at merge by the domain core's service of the same
 * name and signature: a context with the year and territory only, whose query services are not
 * there yet.
 */
@Stateless
public class EvaluationContextService {

    public EvaluationContext create(Territory territory, int year) {
        return new Placeholder(territory, year);
    }

    private record Placeholder(Territory territory, int year) implements EvaluationContext {
        @Override
        public Directory directory() {
            throw unavailable();
        }

        @Override
        public MemberStatistics members() {
            throw unavailable();
        }

        @Override
        public AdmissionStatistics admissions() {
            throw unavailable();
        }

        @Override
        public RatingStatistics ratings() {
            throw unavailable();
        }

        @Override
        public WorkRecords workRecords() {
            throw unavailable();
        }

        private static IllegalStateException unavailable() {
            return new IllegalStateException("query services not available yet");
        }
    }
}
