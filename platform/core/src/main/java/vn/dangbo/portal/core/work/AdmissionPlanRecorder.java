package vn.dangbo.portal.core.work;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.Records;

/** Admission plans of party committees: a year plan with its quota, or a term plan. */
@Stateless
public class AdmissionPlanRecorder {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    public long yearPlan(long organisationId, int year, Integer quota, LocalDate adoptedOn) {
        return plan(organisationId, PlanKind.YEAR, year, year, quota, adoptedOn);
    }

    public long termPlan(long organisationId, int fromYear, int toYear, Integer quota, LocalDate adoptedOn) {
        return plan(organisationId, PlanKind.TERM, fromYear, toYear, quota, adoptedOn);
    }

    private long plan(long organisationId, PlanKind kind, int fromYear, int toYear, Integer quota, LocalDate adoptedOn) {
        owned.organisation(organisationId, "organisationId");
        new Violations().check(fromYear <= toYear, "toYear", "Năm kết thúc trước năm bắt đầu")
                .check(quota == null || quota >= 0, "quota", "Chỉ tiêu không âm").throwIfAny();
        AdmissionPlanEntity plan = new AdmissionPlanEntity(organisationId, kind, fromYear, toYear, quota, adoptedOn);
        em.persist(plan);
        return plan.getId();
    }
}
