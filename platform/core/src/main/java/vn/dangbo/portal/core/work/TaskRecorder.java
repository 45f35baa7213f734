package vn.dangbo.portal.core.work;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.person.PersonEntity;

/** Task assignments of members for a year (Quy định 213-QĐ/TW), by the organisation that assigned them. */
@Stateless
public class TaskRecorder {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    public long assign(long personId, int year, long organisationId, String description) {
        owned.person(personId, "personId");
        owned.organisation(organisationId, "organisationId");
        new Violations().check(year >= 1930 && year <= 2100, "year", "Năm không hợp lệ: " + year).throwIfAny();
        TaskAssignmentEntity task = new TaskAssignmentEntity(personId, year, organisationId, description);
        em.persist(task);
        return task.getId();
    }
}
