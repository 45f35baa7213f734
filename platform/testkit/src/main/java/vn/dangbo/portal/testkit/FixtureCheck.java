package vn.dangbo.portal.testkit;

import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.Person;

/** Checks that every reference in a fixture names a record that exists, and says which one does not. */
final class FixtureCheck {

    private final Fixture fixture;

    FixtureCheck(Fixture fixture) {
        this.fixture = fixture;
    }

    void run() {
        for (Org org : fixture.organisations().values()) {
            String where = "organisation " + org.id() + " (" + org.code() + ")";
            if (org.parentId() != null) {
                organisation(org.parentId(), where + ": parent");
            }
            org.successorIds().forEach(id -> organisation(id, where + ": successor"));
            org.areaIds().forEach(id -> area(id, where + ": area"));
            if (org.unitId() != null) {
                unit(org.unitId(), where + ": unit");
            }
        }
        fixture.areas().values().stream().filter(a -> a.parentId() != null)
                .forEach(a -> area(a.parentId(), "area " + a.id() + " (" + a.code() + "): parent"));
        fixture.units().values().stream().filter(u -> u.areaId() != null)
                .forEach(u -> area(u.areaId(), "unit " + u.id() + " (" + u.code() + "): area"));
        for (Person person : fixture.people().values()) {
            checkPerson(person);
        }
        fixture.holdings().forEach(h -> {
            area(h.areaId(), "position holding of area " + h.areaId());
            person(h.personId(), "position holding of area " + h.areaId());
        });
        fixture.orgRatings().forEach(r -> organisation(r.organisationId(), "rating of " + r.year()));
        fixture.plans().forEach(p -> organisation(p.organisationId(), "plan " + p.fromYear() + "-" + p.toYear()));
        fixture.moves().forEach(m -> {
            person(m.personId(), "move " + m.id());
            organisation(m.fromOrganisationId(), "move " + m.id());
        });
        fixture.notices().forEach(n -> {
            organisation(n.organisationId(), "notice of move " + n.moveId());
            if (fixture.moves().stream().noneMatch(m -> m.id() == n.moveId())) {
                throw new IllegalArgumentException("notice: no move with id " + n.moveId());
            }
        });
    }

    private void checkPerson(Person person) {
        String where = "person " + person.id() + " (" + person.name() + ")";
        person.residences().forEach(r -> area(r.value(), where + ": residence"));
        person.jobs().stream().filter(j -> j.value().unitId() != null)
                .forEach(j -> unit(j.value().unitId(), where + ": job"));
        for (Event event : person.events()) {
            Long org = organisationOf(event);
            if (org != null) {
                organisation(org, where + ": " + event.getClass().getSimpleName() + " of " + event.date());
            }
        }
    }

    private static Long organisationOf(Event event) {
        if (event instanceof Event.CandidateRegistration e) {
            return e.organisationId();
        } else if (event instanceof Event.Admission e) {
            return e.organisationId();
        } else if (event instanceof Event.TransferIn e) {
            return e.organisationId();
        } else if (event instanceof Event.TemporaryStay e) {
            return e.hostOrganisationId();
        } else if (event instanceof Event.MemberRating e) {
            return e.organisationId();
        } else if (event instanceof Event.CommitteePost e) {
            return e.organisationId();
        } else if (event instanceof Event.TaskAssignment e) {
            return e.organisationId();
        }
        return null;
    }

    private void organisation(long id, String where) {
        if (!fixture.organisations().containsKey(id)) {
            throw new IllegalArgumentException(where + ": no organisation with id " + id);
        }
    }

    private void area(long id, String where) {
        if (!fixture.areas().containsKey(id)) {
            throw new IllegalArgumentException(where + ": no area with id " + id);
        }
    }

    private void unit(long id, String where) {
        if (!fixture.units().containsKey(id)) {
            throw new IllegalArgumentException(where + ": no unit with id " + id);
        }
    }

    private void person(long id, String where) {
        if (!fixture.people().containsKey(id)) {
            throw new IllegalArgumentException(where + ": no person with id " + id);
        }
    }
}
