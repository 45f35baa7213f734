package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** A candidate who moved away from an organisation, to another organisation or elsewhere. */
@Entity
@Table(name = "candidate_move")
public class CandidateMoveEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "from_organisation_id", nullable = false)
    private long fromOrganisationId;

    @Column(name = "to_organisation_id")
    private Long toOrganisationId;

    @Column(name = "destination")
    private String destination;

    @Column(name = "move_date", nullable = false)
    private LocalDate moveDate;

    protected CandidateMoveEntity() {
        // for JPA
    }

    public CandidateMoveEntity(long personId, long fromOrganisationId, Long toOrganisationId, String destination, LocalDate moveDate) {
        this.personId = personId;
        this.fromOrganisationId = fromOrganisationId;
        this.toOrganisationId = toOrganisationId;
        this.destination = destination;
        this.moveDate = moveDate;
    }

    public long getPersonId() {
        return personId;
    }

    public long getFromOrganisationId() {
        return fromOrganisationId;
    }

    public Long getToOrganisationId() {
        return toOrganisationId;
    }

    public String getDestination() {
        return destination;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }
}
