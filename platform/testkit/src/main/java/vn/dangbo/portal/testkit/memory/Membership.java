package vn.dangbo.portal.testkit.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Person;

/**
 * A person's membership as programs.md counts it. A member counts at an organisation from the
 * admission decision (or a permanent transfer in) until a permanent transfer out or an exit, and still
 * on that day; between a transfer out and the next transfer in, nowhere. Party membership itself
 * runs from the admission (or first transfer in) to the exit day, transfers included.
 */
final class Membership {

    private final List<Span> homes;
    private final List<Span> party;

    Membership(Person person) {
        List<Span> spans = new ArrayList<>();
        List<Span> periods = new ArrayList<>();
        Long openOrg = null;
        LocalDate openFrom = null;
        LocalDate partyFrom = null;
        for (Event event : person.events()) {
            if (event instanceof Event.Admission || event instanceof Event.TransferIn) {
                long org = event instanceof Event.Admission a ? a.organisationId()
                        : ((Event.TransferIn) event).organisationId();
                if (openOrg != null) {
                    spans.add(new Span(openOrg, openFrom, event.date().minusDays(1)));
                }
                openOrg = org;
                openFrom = event.date();
                if (partyFrom == null) {
                    partyFrom = event.date();
                }
            } else if (event instanceof Event.TransferOut) {
                if (openOrg != null) {
                    spans.add(new Span(openOrg, openFrom, event.date()));
                    openOrg = null;
                }
            } else if (event instanceof Event.Exit) {
                if (openOrg != null) {
                    spans.add(new Span(openOrg, openFrom, event.date()));
                    openOrg = null;
                }
                if (partyFrom != null) {
                    periods.add(new Span(0, partyFrom, event.date()));
                    partyFrom = null;
                }
            }
        }
        if (openOrg != null) {
            spans.add(new Span(openOrg, openFrom, null));
        }
        if (partyFrom != null) {
            periods.add(new Span(0, partyFrom, null));
        }
        this.homes = List.copyOf(spans);
        this.party = List.copyOf(periods);
    }

    /** The organisation the member counts at on the date (as recorded, before successors); null if none. */
    Long homeOn(LocalDate date) {
        Long home = null;
        for (Span span : homes) {
            if (span.covers(date)) {
                home = span.organisationId();
            }
        }
        return home;
    }

    /** The last organisation the member counted at, on or before the date; null if none yet. */
    Long lastHomeUpTo(LocalDate date) {
        Long home = null;
        for (Span span : homes) {
            if (!span.from().isAfter(date)) {
                home = span.organisationId();
            }
        }
        return home;
    }

    List<Span> homes() {
        return homes;
    }

    /** A party member that day (anywhere, also between a transfer out and in). */
    boolean isPartyMember(LocalDate date) {
        return party.stream().anyMatch(p -> p.covers(date));
    }
}
