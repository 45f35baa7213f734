package vn.dangbo.portal.it.core;

import vn.dangbo.portal.core.security.Caller;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.security.Role;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.core.area.AreaRegistry;
import vn.dangbo.portal.core.area.NewArea;
import vn.dangbo.portal.core.organisation.NewOrganisation;
import vn.dangbo.portal.core.organisation.OrganisationRegistry;
import vn.dangbo.portal.core.person.EventData;
import vn.dangbo.portal.core.person.Gender;
import vn.dangbo.portal.core.person.MembershipEventKind;
import vn.dangbo.portal.core.person.MembershipRecorder;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.person.PersonRegistry;
import vn.dangbo.portal.core.rating.RatingRecorder;
import vn.dangbo.portal.core.unit.NewUnit;
import vn.dangbo.portal.core.unit.UnitRegistry;
import vn.dangbo.portal.core.work.AdmissionPlanRecorder;
import vn.dangbo.portal.core.work.AwayRecorder;
import vn.dangbo.portal.core.work.CandidateHandover;
import vn.dangbo.portal.core.work.CommitteeRecorder;
import vn.dangbo.portal.core.work.CommitteeRole;
import vn.dangbo.portal.core.work.TaskRecorder;

/**
 * A small province built through the write services, with every figure computed by hand (the
 * comments). Two fresh province codes keep it apart from any other data in the database: P, and Q
 * which merged into P on 1/7/2025.
 *
 * <pre>
 * PC  provincial committee of P
 * ├── D1 district committee, closed 30/6/2025, successor C1
 * │   ├── B1 residential chi bộ cơ sở of hamlet H1, closed 30/6/2025, successor B2
 * │   └── U1 chi bộ cơ sở of private company X (moved under C1 on 1/7/2025)
 * └── C1 commune committee from 1/7/2025
 *     └── B2 residential chi bộ cơ sở of hamlet H1 from 1/7/2025
 * QB  a branch of Q (former province Q), host of H's temporary transfer
 * </pre>
 *
 * People: A (admitted by B1 1/3/2024, youth, student), Bp (admitted by B1 10/5/2024, 44, worker of X,
 * Buddhist, never recognised), E (admitted by B1 1/4/2025, passes to B2), Cm (admitted by B2 1/8/2025,
 * youth), T (member since 2010 at U1, transfer out 1/6/2024, in at B1 1/9/2024), H (member at B1,
 * temporarily at QB from 2024), Dd (died 30/11/2024), Rm (removed 1/2/2025), Qm (member at QB), K
 * (trained candidate who moved away), W (non-member household-business worker living in H1).
 */
final class CoreFixture {

    final String p = "itp-" + UUID.randomUUID().toString().substring(0, 8);
    final String q = "itq-" + UUID.randomUUID().toString().substring(0, 8);
    long pc, d1, c1, b1, b2, u1, qb;
    long provinceArea, commune, hamlet, unitX, unitY;
    long a, bp, e, cm, t, h, dd, rm, qm, k, w;
    long moveK;

    /** A staff member of the province, as the services see the caller. */
    static Caller staffOf(String province) {
        return new Caller("fixture-" + province, Set.of(Role.PROVINCIAL_STAFF), province);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    void build(EntityManager em, UserTransaction tx, OrganisationRegistry orgs, AreaRegistry areas, UnitRegistry units,
            PersonRegistry people, MembershipRecorder membership, RatingRecorder ratings, CommitteeRecorder committees,
            TaskRecorder tasks, AdmissionPlanRecorder plans, CandidateHandover handover, AwayRecorder away,
            CurrentUser currentUser) throws Exception {
        // The write services check the caller's province: build P as P's staff, Q's organisations as Q's.
        currentUser.identify(staffOf(p));
        tx.begin();
        em.createNativeQuery("INSERT INTO province (code, name_vi, name_en) VALUES (?1, 'Tỉnh Thử', 'Test')")
                .setParameter(1, p).executeUpdate();
        em.createNativeQuery("INSERT INTO province (code, name_vi, name_en, valid_to, merged_into) "
                + "VALUES (?1, 'Tỉnh Nhập', 'Merged', DATE '2025-06-30', ?2)").setParameter(1, q).setParameter(2, p)
                .executeUpdate();
        tx.commit();

        provinceArea = areas.create(new NewArea(p + "-A", "Tỉnh Thử", AreaKind.PROVINCE, null, p, d("2000-01-01")));
        commune = areas.create(new NewArea(p + "-K1", "Xã Một", AreaKind.COMMUNE, provinceArea, p, d("2000-01-01")));
        hamlet = areas.create(new NewArea(p + "-H1", "Ấp Một", AreaKind.HAMLET, commune, p, d("2000-01-01")));
        areas.recordPopulation(commune, 2024, 10_000);
        unitX = units.create(new NewUnit(p + "-X", "Công ty TNHH Xanh", UnitKind.PRIVATE_COMPANY, commune, p, d("2015-01-01")));
        units.recordWorkers(unitX, d("2023-01-01"), 60);
        units.recordWorkers(unitX, d("2025-01-01"), 85);
        unitY = units.create(new NewUnit(p + "-Y", "Hộ kinh doanh Yến", UnitKind.HOUSEHOLD_BUSINESS, commune, p, d("2015-01-01")));

        pc = orgs.create(org("PC", "Đảng bộ Tỉnh Thử", OrganisationType.PROVINCIAL_COMMITTEE, Sector.OTHER, null, null, "2000-01-01", Set.of()));
        d1 = orgs.create(org("D1", "Đảng bộ huyện Một", OrganisationType.DIRECT_COMMITTEE, Sector.RESIDENTIAL, pc, null, "2000-01-01", Set.of()));
        b1 = orgs.create(org("B1", "Chi bộ ấp Một", OrganisationType.GRASSROOTS_BRANCH, Sector.RESIDENTIAL, d1, null, "2000-01-01", Set.of(hamlet)));
        u1 = orgs.create(org("U1", "Chi bộ Công ty Xanh", OrganisationType.GRASSROOTS_BRANCH, Sector.PRIVATE_ENTERPRISE, d1, unitX, "2005-01-01", Set.of()));
        c1 = orgs.create(org("C1", "Đảng bộ xã Mới", OrganisationType.DIRECT_COMMITTEE, Sector.RESIDENTIAL, pc, null, "2025-07-01", Set.of()));
        b2 = orgs.create(org("B2", "Chi bộ ấp Mới", OrganisationType.GRASSROOTS_BRANCH, Sector.RESIDENTIAL, c1, null, "2025-07-01", Set.of(hamlet)));
        orgs.close(b1, d("2025-06-30"), Set.of(b2));
        orgs.close(d1, d("2025-06-30"), Set.of(c1));
        orgs.moveUnder(u1, c1, d("2025-07-01"));
        currentUser.identify(staffOf(q));
        long qpc = orgs.create(new NewOrganisation(q + "-PC", "Đảng bộ Tỉnh Nhập", OrganisationType.PROVINCIAL_COMMITTEE, Sector.OTHER, q, null, null, d("2000-01-01"), Set.of()));
        qb = orgs.create(new NewOrganisation(q + "-QB", "Chi bộ khách", OrganisationType.GRASSROOTS_BRANCH, Sector.STATE_AGENCY, q, qpc, null, d("2000-01-01"), Set.of()));

        currentUser.identify(staffOf(p));
        a = people.create(p + "-a", person("Nguyễn Văn An", "1995-05-05", null, hamlet));
        people.recordOccupation(a, Occupation.STUDENT, null, d("2020-01-01"));
        bp = people.create(p + "-bp", person("Trần Thị Bình", "1980-01-01", "Phật giáo", hamlet));
        people.recordOccupation(bp, Occupation.COMPANY_WORKER, unitX, d("2020-01-01"));
        e = people.create(p + "-e", person("Lê Văn Em", "1990-07-07", null, hamlet));
        cm = people.create(p + "-cm", person("Phạm Minh Châu", "2000-02-02", null, hamlet));
        t = people.create(p + "-t", person("Đặng Văn Tâm", "1985-06-15", null, hamlet));
        h = people.create(p + "-h", person("Võ Thị Hoa", "1975-03-03", null, hamlet));
        dd = people.create(p + "-dd", person("Huỳnh Văn Đức", "1950-01-01", null, hamlet));
        rm = people.create(p + "-rm", person("Bùi Văn Rạng", "1970-01-01", null, hamlet));
        qm = people.create(p + "-qm", person("Ngô Văn Quý", "1970-01-01", null, null));
        k = people.create(p + "-k", person("Đỗ Thị Kim", "2001-01-01", null, null));
        w = people.create(p + "-w", person("Lý Văn Út", "1999-09-09", null, hamlet));
        people.recordOccupation(w, Occupation.HOUSEHOLD_BUSINESS_WORKER, unitY, d("2020-01-01"));

        admit(membership, a, b1, b1, "2023-06-01", "2024-03-01", "2024-03-15");
        membership.record(a, EventData.of(MembershipEventKind.RECOGNITION, d("2025-03-17"), b1));
        admit(membership, bp, b1, b1, "2023-06-01", "2024-05-10", "2024-05-20");
        admit(membership, e, b1, b1, "2024-12-01", "2025-04-01", null);
        admit(membership, cm, b1, b2, "2024-09-01", "2025-08-01", "2025-08-15");

        membership.record(t, EventData.of(MembershipEventKind.TRANSFER_IN, d("2010-01-01"), u1));
        membership.record(t, EventData.of(MembershipEventKind.TRANSFER_OUT, d("2024-06-01"), u1));
        membership.record(t, EventData.of(MembershipEventKind.TRANSFER_IN, d("2024-09-01"), b1));
        membership.record(h, EventData.of(MembershipEventKind.TRANSFER_IN, d("2015-01-01"), b1));
        membership.record(h, EventData.of(MembershipEventKind.TEMPORARY_TRANSFER, d("2024-02-01"), qb));
        membership.record(dd, EventData.of(MembershipEventKind.TRANSFER_IN, d("2012-01-01"), u1));
        membership.record(dd, EventData.of(MembershipEventKind.EXIT, d("2024-11-30"), null).withDetail(ExitKind.DEATH.name()));
        membership.record(rm, EventData.of(MembershipEventKind.TRANSFER_IN, d("2012-01-01"), u1));
        membership.record(rm, EventData.of(MembershipEventKind.EXIT, d("2025-02-01"), null).withDetail(ExitKind.REMOVAL.name()));
        membership.record(qm, EventData.of(MembershipEventKind.TRANSFER_IN, d("2010-01-01"), qb));

        membership.record(k, EventData.of(MembershipEventKind.CANDIDATE_REGISTRATION, d("2023-01-01"), b1));
        membership.record(k, EventData.of(MembershipEventKind.AWARENESS_CERTIFICATE, d("2023-02-01"), null));
        moveK = handover.recordMove(k, b1, null, "Hà Nội", d("2024-10-01"));
        long notice = handover.issueNotice(moveK, b1, d("2024-10-05"));
        handover.acknowledge(notice, d("2024-10-20"), "Chi bộ nơi đến");
        membership.record(w, EventData.of(MembershipEventKind.CANDIDATE_REGISTRATION, d("2024-04-01"), b1));

        areas.appoint(hamlet, PositionKind.AREA_HEAD, t, d("2020-01-01"));
        committees.appoint(b1, t, CommitteeRole.SECRETARY, d("2024-09-01"));
        ratings.rateOrganisation(b1, 2024, RatingGrade.GOOD);
        ratings.rateOrganisation(u1, 2024, RatingGrade.EXCELLENT);
        ratings.rateMembers(b1, 2024, Map.of(a, RatingGrade.GOOD, bp, RatingGrade.EXCELLENT, t, RatingGrade.COMPLETED));
        tasks.assign(a, 2024, b1, "Phụ trách tổ tự quản");
        tasks.assign(t, 2024, b1, "Phụ trách thanh niên");
        plans.yearPlan(d1, 2024, 2, d("2024-01-10"));
        plans.yearPlan(d1, 2025, 1, d("2025-01-10"));
        plans.yearPlan(c1, 2025, 3, d("2025-07-10"));
        plans.termPlan(c1, 2025, 2030, 20, d("2025-07-10"));
        away.flag(a, d("2024-02-01"), d("2024-12-31"));
        away.requestToLeave(a, d("2024-10-01"));
    }

    private NewOrganisation org(String code, String name, OrganisationType type, Sector sector, Long parent, Long unit,
            String from, Set<Long> areaIds) {
        return new NewOrganisation(p + "-" + code, name, type, sector, p, parent, unit, d(from), areaIds);
    }

    private static PersonDetails person(String name, String born, String religion, Long residence) {
        return new PersonDetails(name, d(born), Gender.MALE, "Kinh", religion, "12/12", residence, false, null, null);
    }

    private static void admit(MembershipRecorder membership, long person, long registrar, long org, String certificate,
            String decision, String ceremony) {
        membership.record(person, EventData.of(MembershipEventKind.CANDIDATE_REGISTRATION, d(certificate).minusMonths(3),
                registrar));
        membership.record(person, EventData.of(MembershipEventKind.AWARENESS_CERTIFICATE, d(certificate), null));
        membership.record(person, EventData.of(MembershipEventKind.ADMISSION, d(decision), org));
        if (ceremony != null) {
            membership.record(person, EventData.of(MembershipEventKind.CEREMONY, d(ceremony), org));
        }
    }
}
