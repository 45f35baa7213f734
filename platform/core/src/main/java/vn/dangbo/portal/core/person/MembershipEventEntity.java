package vn.dangbo.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;
import vn.dangbo.portal.core.rules.LifecycleEvent;

/**
 * One dated membership event, immutable once recorded (no setters). A correction is a new event with
 * {@code correctsId} and a reason; {@code voids} withdraws the corrected event altogether.
 */
@Entity
@Table(name = "membership_event")
public class MembershipEventEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private MembershipEventKind kind;

    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate eventDate;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "detail", updatable = false)
    private String detail;

    @Column(name = "decision_ref", updatable = false)
    private String decisionRef;

    @Column(name = "counterpart", updatable = false)
    private String counterpart;

    @Column(name = "vote_date", updatable = false)
    private LocalDate voteDate;

    @Column(name = "occupation", updatable = false)
    private String occupation;

    @Column(name = "religion", updatable = false)
    private String religion;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "voids", nullable = false, updatable = false)
    private boolean voids;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected MembershipEventEntity() {
        // for JPA
    }

    public MembershipEventEntity(long personId, EventData data, String occupation, String religion,
            LocalDateTime recordedAt) {
        this.personId = personId;
        this.kind = data.kind();
        this.eventDate = data.date();
        this.organisationId = data.organisationId();
        this.detail = data.detail();
        this.decisionRef = data.decisionRef();
        this.counterpart = data.counterpart();
        this.voteDate = data.voteDate();
        this.correctsId = data.correctsId();
        this.voids = data.voids();
        this.reason = data.reason();
        this.occupation = occupation;
        this.religion = religion;
        this.recordedAt = recordedAt;
    }

    /** What the lifecycle rules need of it. */
    public LifecycleEvent toLifecycleEvent() {
        return new LifecycleEvent(getId(), kind, eventDate, organisationId, detail, voteDate, occupation,
                religion != null, correctsId, voids);
    }

    public MembershipEventView toView() {
        return new MembershipEventView(getId(), personId, kind, eventDate, organisationId, detail, decisionRef,
                counterpart, voteDate, occupation, correctsId, voids, reason, recordedAt);
    }

    public long getPersonId() {
        return personId;
    }

    public MembershipEventKind getKind() {
        return kind;
    }
}
