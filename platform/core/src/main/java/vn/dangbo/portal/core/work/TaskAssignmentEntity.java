package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** A task assigned to a member for a year (Quy định 213-QĐ/TW). */
@Entity
@Table(name = "task_assignment")
public class TaskAssignmentEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "task_year", nullable = false)
    private int taskYear;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "description")
    private String description;

    protected TaskAssignmentEntity() {
        // for JPA
    }

    public TaskAssignmentEntity(long personId, int taskYear, long organisationId, String description) {
        this.personId = personId;
        this.taskYear = taskYear;
        this.organisationId = organisationId;
        this.description = description;
    }

    public long getPersonId() {
        return personId;
    }

    public int getTaskYear() {
        return taskYear;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getDescription() {
        return description;
    }
}
