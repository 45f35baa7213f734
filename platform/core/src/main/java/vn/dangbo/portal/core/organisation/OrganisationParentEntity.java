package vn.dangbo.portal.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** Which organisation an organisation sat under, from when to when. */
@Entity
@Table(name = "organisation_parent")
public class OrganisationParentEntity extends IdentifiedEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "parent_id", nullable = false)
    private long parentId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected OrganisationParentEntity() {
        // for JPA
    }

    public OrganisationParentEntity(long organisationId, long parentId, LocalDate validFrom, LocalDate validTo) {
        this.organisationId = organisationId;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getParentId() {
        return parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** Ends it: {@code last} is its last day. */
    public void end(LocalDate last) {
        this.validTo = last;
    }
}
