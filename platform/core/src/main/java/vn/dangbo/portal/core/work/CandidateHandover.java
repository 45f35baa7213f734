package vn.dangbo.portal.core.work;

import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.person.PersonEntity;

/**
 * The hand-over of a trained candidate who moves: the move is recorded, the origin organisation (or
 * its successor) issues a notice to the destination, and the destination acknowledges it.
 */
@Stateless
public class CandidateHandover {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    @Inject
    private CurrentUser currentUser;

    public long recordMove(long personId, long fromOrganisationId, Long toOrganisationId, String destination,
            LocalDate moveDate) {
        owned.person(personId, "personId");
        owned.organisation(fromOrganisationId, "fromOrganisationId");
        // The destination may be in another province: the candidate moves there.
        if (toOrganisationId != null) {
            Records.require(em, OrganisationEntity.class, toOrganisationId, "toOrganisationId");
        }
        new Violations().required(moveDate, "moveDate")
                .check(toOrganisationId != null || (destination != null && !destination.isBlank()), "destination",
                        "Cần tổ chức nơi đến hoặc địa chỉ nơi đến").throwIfAny();
        CandidateMoveEntity move = new CandidateMoveEntity(personId, fromOrganisationId, toOrganisationId,
                destination, moveDate);
        em.persist(move);
        return move.getId();
    }

    /** The origin organisation, or an organisation that succeeded it, notifies the destination. */
    public long issueNotice(long moveId, long issuedById, LocalDate issuedOn) {
        CandidateMoveEntity move = Records.require(em, CandidateMoveEntity.class, moveId, "moveId");
        owned.organisation(move.getFromOrganisationId(), "moveId");
        owned.organisation(issuedById, "issuedById");
        new Violations().required(issuedOn, "issuedOn").throwIfAny();
        if (!originOrSuccessors(move.getFromOrganisationId()).contains(issuedById)) {
            throw new ValidationException("issuedById",
                    "Thông báo phải do tổ chức nơi đi (hoặc tổ chức kế thừa) ban hành");
        }
        HandoverNoticeEntity notice = new HandoverNoticeEntity(moveId, issuedById, issuedOn);
        em.persist(notice);
        return notice.getId();
    }

    public void acknowledge(long noticeId, LocalDate on, String by) {
        HandoverNoticeEntity notice = Records.require(em, HandoverNoticeEntity.class, noticeId, "noticeId");
        requireOriginOrDestination(em.find(CandidateMoveEntity.class, notice.getMoveId()), noticeId);
        new Violations().required(on, "acknowledgedOn")
                .check(on == null || !on.isBefore(notice.getIssuedOn()), "acknowledgedOn",
                        "Trước ngày ban hành thông báo " + notice.getIssuedOn())
                .check(notice.getAcknowledgedOn() == null, "noticeId", "Đã xác nhận ngày " + notice.getAcknowledgedOn())
                .throwIfAny();
        notice.acknowledge(on, by);
    }

    /**
     * The destination acknowledges a notice; when the destination is no organisation of the portal
     * (an address elsewhere), the origin records the acknowledgement it received. So the staff of
     * either province may, nobody else.
     */
    private void requireOriginOrDestination(CandidateMoveEntity move, long noticeId) {
        String origin = em.find(OrganisationEntity.class, move.getFromOrganisationId()).getFormerProvince();
        String destination = move.getToOrganisationId() == null ? null
                : em.find(OrganisationEntity.class, move.getToOrganisationId()).getFormerProvince();
        if (destination != null && currentUser.province().filter(destination::equals).isPresent()) {
            currentUser.requireOwnRecord(destination, "Notice " + noticeId + " (noticeId)");
        } else {
            currentUser.requireOwnRecord(origin, "Notice " + noticeId + " (noticeId)");
        }
    }

    private Set<Long> originOrSuccessors(long origin) {
        Set<Long> result = new HashSet<>();
        java.util.ArrayDeque<Long> queue = new java.util.ArrayDeque<>();
        queue.add(origin);
        while (!queue.isEmpty()) {
            Long id = queue.poll();
            if (result.add(id)) {
                queue.addAll(em.find(OrganisationEntity.class, id).getSuccessorIds());
            }
        }
        return result;
    }
}
