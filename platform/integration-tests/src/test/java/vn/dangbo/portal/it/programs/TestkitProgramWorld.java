package vn.dangbo.portal.it.programs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.testkit.AreaBuilder;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;
import vn.dangbo.portal.testkit.OrgBuilder;
import vn.dangbo.portal.testkit.PersonBuilder;
import vn.dangbo.portal.testkit.UnitBuilder;
import vn.dangbo.portal.testkit.model.CommitteeRole;

/** The fixture written into the test kit's in-memory world: the reference the database is compared with. */
final class TestkitProgramWorld implements ProgramWorld {

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    private final FixtureBuilder builder = Fixture.builder("can-tho");
    private final Map<Long, PersonBuilder> people = new HashMap<>();
    private String province = "can-tho";

    Fixture build() {
        return builder.build();
    }

    @Override
    public void province(String code) {
        this.province = code;
    }

    @Override
    public long area(String code, String name, AreaKind kind, Long parent, Map<Integer, Long> population) {
        AreaBuilder area = builder.area(code, name, kind).province(province).validFrom(SINCE);
        if (parent != null) {
            area.parent(parent);
        }
        population.forEach(area::population);
        return area.add();
    }

    @Override
    public long unit(String code, String name, UnitKind kind, long area, Map<LocalDate, Integer> workers) {
        UnitBuilder unit = builder.unit(code, name, kind).province(province).validFrom(SINCE).area(area);
        workers.forEach(unit::workers);
        return unit.add();
    }

    @Override
    public long organisation(String code, String name, OrganisationType type, Sector sector, Long parent, Long unit,
            LocalDate validFrom, long... areas) {
        OrgBuilder org = builder.organisation(code, name, type).sector(sector).province(province).validFrom(validFrom)
                .areas(areas);
        if (parent != null) {
            org.parent(parent);
        }
        if (unit != null) {
            org.unit(unit);
        }
        return org.add();
    }

    @Override
    public void close(long organisation, LocalDate lastDay, long... successors) {
        builder.closed(organisation, lastDay, successors);
    }

    @Override
    public long person(String name, LocalDate born, String religion, Long residence) {
        PersonBuilder person = builder.person(name, born);
        if (religion != null) {
            person.religious();
        }
        if (residence != null) {
            person.residence(born, residence);
        }
        long id = person.add();
        people.put(id, person);
        return id;
    }

    private PersonBuilder p(long id) {
        return people.get(id);
    }

    @Override
    public void occupation(long person, Occupation occupation, Long unit, LocalDate from) {
        if (unit == null) {
            p(person).job(from, occupation);
        } else {
            p(person).job(from, occupation, unit);
        }
    }

    @Override
    public void candidacy(long person, LocalDate date, long organisation) {
        p(person).candidate(date, organisation);
    }

    @Override
    public void certificate(long person, LocalDate date) {
        p(person).certificate(date);
    }

    @Override
    public void admission(long person, LocalDate decision, long organisation) {
        p(person).admitted(decision, organisation);
    }

    @Override
    public void ceremony(long person, LocalDate date) {
        p(person).ceremony(date);
    }

    @Override
    public void recognition(long person, LocalDate date) {
        p(person).recognised(date);
    }

    /** The platform records a failed probation as a removal from the rolls (MembershipHistory). */
    @Override
    public void failedProbation(long person, LocalDate date) {
        p(person).exit(date, ExitKind.REMOVAL);
    }

    @Override
    public void transferIn(long person, LocalDate date, long organisation) {
        p(person).transferIn(date, organisation);
    }

    @Override
    public void exit(long person, LocalDate date, ExitKind kind) {
        p(person).exit(date, kind);
    }

    @Override
    public void position(long area, PositionKind kind, long person, LocalDate from) {
        builder.holder(area, kind, person, from, null);
    }

    @Override
    public void organisationRating(long organisation, int year, RatingGrade grade) {
        builder.orgRating(organisation, year, grade);
    }

    @Override
    public void memberRating(long organisation, int year, long person, RatingGrade grade) {
        p(person).rated(year, grade, organisation);
    }

    @Override
    public void seat(long organisation, long person, boolean secretary, LocalDate from) {
        p(person).committee(organisation, secretary ? CommitteeRole.SECRETARY : CommitteeRole.MEMBER, from, null);
    }

    @Override
    public void training(long person, LocalDate date) {
        p(person).updateCourse(date);
    }

    @Override
    public void task(long person, int year, long organisation) {
        p(person).task(year, organisation);
    }

    @Override
    public void yearPlan(long organisation, int year, Integer quota) {
        builder.yearPlan(organisation, year, quota);
    }

    @Override
    public void termPlan(long organisation, int from, int to, Integer quota) {
        builder.termPlan(organisation, from, to, quota);
    }

    @Override
    public long candidateMove(long person, long from, String destination, LocalDate date) {
        return builder.candidateMove(person, from, destination, date);
    }

    @Override
    public void notice(long move, long issuedBy, LocalDate date, LocalDate acknowledged) {
        builder.notice(move, issuedBy, date, acknowledged != null);
    }

    @Override
    public void away(long person, LocalDate from, LocalDate to) {
        p(person).away(from, to);
    }

    @Override
    public void leaveRequest(long person, LocalDate filedOn) {
        p(person).requestToLeave(filedOn);
    }
}
