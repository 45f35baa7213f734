package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** A seat on an organisation's committee (secretary, deputy, member) from when to when. */
@Entity
@Table(name = "committee_member")
public class CommitteeMemberEntity extends IdentifiedEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private CommitteeRole role;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CommitteeMemberEntity() {
        // for JPA
    }

    public CommitteeMemberEntity(long organisationId, long personId, CommitteeRole role, LocalDate validFrom, LocalDate validTo) {
        this.organisationId = organisationId;
        this.personId = personId;
        this.role = role;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getPersonId() {
        return personId;
    }

    public CommitteeRole getRole() {
        return role;
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
