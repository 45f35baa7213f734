package vn.dangbo.portal.core.person;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.core.persistence.Records;
import vn.dangbo.portal.core.rules.MembershipHistory;
import vn.dangbo.portal.core.settings.RuleSettingsService;

/**
 * Records membership events, one transaction each. Each new event (a correction too) is checked by
 * replaying the person's whole history with it ({@link MembershipWriter}); when the history holds,
 * the projections the statistics read are rebuilt for the person in the same transaction.
 */
@Stateless
public class MembershipRecorder {

    /** Where a person stands: lifecycle state, organisation of the current membership, last admission. */
    public record Standing(String state, Long organisationId, LocalDate admittedOn) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private RuleSettingsService settings;

    @Inject
    private CurrentUser currentUser;

    private MembershipWriter writer() {
        return new MembershipWriter(em, settings.current());
    }

    /** Records an event; only the staff of the person's province may. */
    public MembershipEventView record(long personId, EventData data) {
        requireStaffOf(personId);
        return writer().record(personId, data);
    }

    /**
     * A correction of an earlier event: same kind, new values (or a withdrawal when {@code voids}),
     * with the reason. The corrected event stays as it was recorded.
     */
    public MembershipEventView correct(long personId, long correctsId, EventData replacement) {
        requireStaffOf(personId);
        MembershipEventEntity corrected = Records.require(em, MembershipEventEntity.class, correctsId, "correctsId");
        EventData data = replacement == null ? null : new EventData(corrected.getKind(), replacement.date(),
                replacement.organisationId(), replacement.detail(), replacement.decisionRef(),
                replacement.counterpart(), replacement.voteDate(), correctsId, replacement.voids(),
                replacement.reason());
        return record(personId, data);
    }

    public List<MembershipEventView> events(long personId) {
        requireStaffOf(personId);
        return writer().events(personId).stream().map(MembershipEventEntity::toView).toList();
    }

    private void requireStaffOf(long personId) {
        currentUser.requireProvince(Records.require(em, PersonEntity.class, personId, "personId").getFormerProvince());
    }

    /** Replays the person's history (refusing it if a rule fails) and rewrites the projections. */
    public MembershipHistory.Result rebuild(long personId) {
        return writer().rebuild(personId);
    }

    public Standing standing(long personId) {
        MembershipHistory.Result result = writer().replay(personId);
        Long organisation = result.periods().stream().filter(p -> p.end() == null)
                .map(MembershipHistory.Period::organisationId).findFirst().orElse(null);
        LocalDate admitted = result.admissions().isEmpty() ? null
                : result.admissions().get(result.admissions().size() - 1).decision();
        return new Standing(result.state().name(), organisation, admitted);
    }
}
