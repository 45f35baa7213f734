package vn.dangbo.portal.core.person;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.error.Violations;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.persistence.OwnedRecords;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.personal.PersonalDataAccessLog;

/**
 * Hands a person's record over to another province, when the person moved there for good. Only the
 * staff of the province that holds the record may (the receiving province cannot pull a record, an
 * administrator cannot push one), and only once the person is no longer a member of one of its
 * organisations: the permanent transfer out is recorded first, as on paper. From then on the record
 * is the new province's: its staff read and change it, with the sensitive fields in clear; the old
 * province's staff no longer find it (profile, search, export answer as for any other province's
 * person). The old province's figures keep counting the person's past in its organisations, because
 * figures follow the events' organisations, not the record's province; they hold no personal data.
 */
@Stateless
public class PersonHandOver {

    private static final Logger LOG = Logger.getLogger(PersonHandOver.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private OwnedRecords owned;

    @EJB
    private MembershipRecorder membership;

    @EJB
    private PersonalDataAccessLog accessLog;

    public void handOver(long personId, String toProvince) {
        PersonEntity person = owned.person(personId, "id");
        String from = person.getFormerProvince();
        new Violations().required(toProvince, "province")
                .check(toProvince == null || Records.provinceExists(em, toProvince), "province",
                        "Không có tỉnh mã " + toProvince)
                .check(toProvince == null || !toProvince.equals(from), "province",
                        "Hồ sơ đã thuộc tỉnh " + from)
                .throwIfAny();
        Long current = membership.standing(personId).organisationId();
        if (current != null && from.equals(em.find(OrganisationEntity.class, current).getFormerProvince())) {
            throw new ValidationException("province", "Người này còn sinh hoạt tại tổ chức " + current
                    + " của tỉnh; ghi chuyển sinh hoạt đảng chính thức ra khỏi tỉnh trước khi bàn giao hồ sơ");
        }
        person.belongTo(toProvince);
        // The access log is what administrators query about a record: who handed it where, and when.
        accessLog.recordProfileRead(Long.toString(personId), toProvince, "HAND-OVER " + from + " -> " + toProvince);
        LOG.info(() -> "Person " + personId + " handed over from " + from + " to " + toProvince);
    }
}
