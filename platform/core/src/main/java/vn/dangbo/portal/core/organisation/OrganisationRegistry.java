package vn.dangbo.portal.core.organisation;

import vn.dangbo.portal.core.persistence.OwnedRecords;
import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.core.area.AreaEntity;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.unit.UnitEntity;

/** Creates party organisations and changes their place in the structure over time. */
@Stateless
public class OrganisationRegistry {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Loads the records an input names, refusing those of another province than the caller's. */
    @Inject
    private OwnedRecords owned;

    @Inject
    private CurrentUser currentUser;

    /** Creates an organisation; only the staff of its province may. */
    public long create(NewOrganisation n) {
        Violations v = new Violations().required(n.code(), "code").required(n.name(), "name")
                .required(n.type(), "type").required(n.sector(), "sector").required(n.validFrom(), "validFrom")
                .check(Records.provinceExists(em, n.formerProvince()), "formerProvince",
                        "Không có tỉnh mã " + n.formerProvince());
        v.check(n.code() == null || codeFree(n.code()), "code", "Mã " + n.code() + " đã có");
        v.check(n.type() == null || (n.type() == OrganisationType.PROVINCIAL_COMMITTEE) == (n.parentId() == null),
                "parentId", "Chỉ đảng bộ tỉnh không có tổ chức cấp trên");
        v.throwIfAny();
        currentUser.requireProvince(n.formerProvince());
        if (n.parentId() != null) {
            OrganisationEntity parent = owned.organisation(n.parentId(), "parentId");
            if (!parent.validOn(n.validFrom())) {
                throw new ValidationException("parentId", "Tổ chức cấp trên không tồn tại vào ngày " + n.validFrom());
            }
        }
        if (n.unitId() != null) {
            owned.unit(n.unitId(), "unitId");
        }
        OrganisationEntity org = new OrganisationEntity(n.code().strip(), n.name(), n.type(), n.sector(),
                n.formerProvince(), n.unitId(), n.validFrom());
        for (Long areaId : n.areaIds()) {
            owned.area(areaId, "areaIds");
            org.serveArea(areaId);
        }
        em.persist(org);
        if (n.parentId() != null) {
            em.persist(new OrganisationParentEntity(org.getId(), n.parentId(), n.validFrom(), null));
        }
        return org.getId();
    }

    /** Moves the organisation under another parent from a date; the previous link ends the day before. */
    public void moveUnder(long organisationId, long parentId, LocalDate from) {
        OrganisationEntity org = Records.require(em, OrganisationEntity.class, organisationId, "organisationId");
        currentUser.requireProvince(org.getFormerProvince());
        OrganisationEntity parent = owned.organisation(parentId, "parentId");
        new Violations().required(from, "from").throwIfAny();
        if (!parent.validOn(from) || !org.validOn(from)) {
            throw new ValidationException("from", "Hai tổ chức phải cùng tồn tại vào ngày " + from);
        }
        if (parentId == organisationId) {
            throw new ValidationException("parentId", "Một tổ chức không thể trực thuộc chính nó");
        }
        for (OrganisationParentEntity link : links(organisationId)) {
            if (link.getValidTo() == null || !link.getValidTo().isBefore(from)) {
                if (!link.getValidFrom().isBefore(from)) {
                    throw new ValidationException("from", "Đã có tổ chức cấp trên từ ngày " + link.getValidFrom());
                }
                link.end(from.minusDays(1));
            }
        }
        em.persist(new OrganisationParentEntity(organisationId, parentId, from, null));
    }

    /** Closes the organisation on its last day; the successors take over its admissions and plans. */
    public void close(long organisationId, LocalDate lastDay, Set<Long> successorIds) {
        OrganisationEntity org = Records.require(em, OrganisationEntity.class, organisationId, "organisationId");
        currentUser.requireProvince(org.getFormerProvince());
        new Violations().required(lastDay, "lastDay")
                .check(lastDay == null || !lastDay.isBefore(org.getValidFrom()), "lastDay",
                        "Ngày kết thúc trước ngày thành lập " + org.getValidFrom())
                .check(org.getValidTo() == null, "organisationId", "Tổ chức đã giải thể ngày " + org.getValidTo())
                .throwIfAny();
        for (Long successorId : successorIds) {
            OrganisationEntity successor = Records.require(em, OrganisationEntity.class, successorId, "successorIds");
            if (successorId == organisationId || !successor.validOn(lastDay.plusDays(1))) {
                throw new ValidationException("successorIds",
                        "Tổ chức kế thừa " + successorId + " phải tồn tại vào ngày " + lastDay.plusDays(1));
            }
        }
        org.close(lastDay, successorIds);
        for (OrganisationParentEntity link : links(organisationId)) {
            if (link.getValidTo() == null || link.getValidTo().isAfter(lastDay)) {
                link.end(lastDay);
            }
        }
    }

    public void serveAreas(long organisationId, Set<Long> areaIds) {
        OrganisationEntity org = Records.require(em, OrganisationEntity.class, organisationId, "organisationId");
        currentUser.requireProvince(org.getFormerProvince());
        for (Long areaId : areaIds) {
            owned.area(areaId, "areaIds");
            org.serveArea(areaId);
        }
    }

    private List<OrganisationParentEntity> links(long organisationId) {
        return em.createQuery("SELECT l FROM OrganisationParentEntity l WHERE l.organisationId = :id "
                + "ORDER BY l.validFrom", OrganisationParentEntity.class).setParameter("id", organisationId)
                .getResultList();
    }

    private boolean codeFree(String code) {
        return em.createQuery("SELECT COUNT(o) FROM OrganisationEntity o WHERE o.code = :code", Long.class)
                .setParameter("code", code.strip()).getSingleResult() == 0;
    }
}
