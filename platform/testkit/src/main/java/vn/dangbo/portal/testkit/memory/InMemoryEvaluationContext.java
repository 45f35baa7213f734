package vn.dangbo.portal.testkit.memory;

import java.util.Objects;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.AdmissionStatistics;
import vn.dangbo.portal.api.query.Directory;
import vn.dangbo.portal.api.query.MemberStatistics;
import vn.dangbo.portal.api.query.RatingStatistics;
import vn.dangbo.portal.api.query.WorkRecords;
import vn.dangbo.portal.testkit.Fixture;

/** The {@link EvaluationContext} of a fixture: every query service bound to one territory. */
public final class InMemoryEvaluationContext implements EvaluationContext {

    private final int year;
    private final Territory territory;
    private final Directory directory;
    private final MemberStatistics members;
    private final AdmissionStatistics admissions;
    private final RatingStatistics ratings;
    private final WorkRecords workRecords;

    public InMemoryEvaluationContext(Fixture fixture, Territory territory, int year) {
        Objects.requireNonNull(fixture, "fixture");
        this.year = year;
        this.territory = Objects.requireNonNull(territory, "territory");
        Scope scope = new Scope(fixture, territory, year);
        this.directory = new InMemoryDirectory(scope);
        this.members = new InMemoryMemberStatistics(scope);
        this.admissions = new InMemoryAdmissionStatistics(scope);
        this.ratings = new InMemoryRatingStatistics(scope);
        this.workRecords = new InMemoryWorkRecords(scope);
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public Territory territory() {
        return territory;
    }

    @Override
    public Directory directory() {
        return directory;
    }

    @Override
    public MemberStatistics members() {
        return members;
    }

    @Override
    public AdmissionStatistics admissions() {
        return admissions;
    }

    @Override
    public RatingStatistics ratings() {
        return ratings;
    }

    @Override
    public WorkRecords workRecords() {
        return workRecords;
    }
}
