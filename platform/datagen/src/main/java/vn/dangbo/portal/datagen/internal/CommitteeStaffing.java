package vn.dangbo.portal.datagen.internal;

import static vn.dangbo.portal.datagen.internal.Timeline.END;
import static vn.dangbo.portal.datagen.internal.Timeline.MERGER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.datagen.record.CommitteeRole;
import vn.dangbo.portal.datagen.record.GeneratedRecord;

/**
 * Elects the committees a pool staffs, term by term: its own branch committee (secretary alone below
 * nine members, three or five seats above), and the grassroots or partial committee it is the first
 * branch of. Seats end when the holder leaves the branch. Each year most committees have every member
 * at the yearly update course; about one committee in ten has one member who missed it.
 */
final class CommitteeStaffing {

    /** A seat held from {@code from} to {@code to}. */
    record Seat(Life life, LocalDate from, LocalDate to) {
    }

    private final Pool pool;
    private final List<Life> lives;
    private final Rng rng;
    /** The branch secretary of each branch term (index of Timeline.BRANCH_TERMS), or null. */
    private final Seat[] secretaries = new Seat[Timeline.BRANCH_TERMS.length];

    CommitteeStaffing(SimulationContext ctx, Pool pool, List<Life> lives, Rng rng) {
        this.pool = pool;
        this.lives = lives;
        this.rng = rng;
    }

    Seat secretary(int term) {
        return secretaries[term];
    }

    void run() {
        for (int ti = 0; ti < Timeline.BRANCH_TERMS.length; ti++) {
            LocalDate[] term = Timeline.BRANCH_TERMS[ti];
            OrgNode org = term[0].isBefore(MERGER) ? pool.pre : pool.post;
            if (!org.validOn(term[0]) || !org.validOn(term[1])) {
                continue;
            }
            List<Life> eligible = eligible(term[0], 70);
            int present = 0;
            for (Life life : lives) {
                if (life.inHomePoolOn(term[0])) {
                    present++;
                }
            }
            int seats = present >= 30 ? 5 : present >= 9 ? 3 : present >= 5 && rng.chance(0.5) ? 2 : 1;
            secretaries[ti] = staff(org, term, eligible, seats);
        }
        for (OrgNode committee : pool.staffedCommittees) {
            for (LocalDate[] term : Timeline.COMMITTEE_TERMS) {
                if (committee.validOn(term[0]) && committee.validOn(term[1])) {
                    int seats = committee.type == OrganisationType.PARTIAL_COMMITTEE ? rng.between(3, 5)
                            : rng.between(7, 11);
                    staff(committee, term, eligible(term[0], 65), seats);
                }
            }
        }
    }

    private List<Life> eligible(LocalDate date, int maxAge) {
        List<Life> eligible = new ArrayList<>();
        for (Life life : lives) {
            if (life.fullMemberOn(date) && !life.exemptOn(date) && life.age(date) < maxAge) {
                eligible.add(life);
            }
        }
        return eligible;
    }

    /** Fills the seats; returns the secretary's seat (null when nobody was eligible). */
    private Seat staff(OrgNode org, LocalDate[] term, List<Life> eligible, int seats) {
        List<Life> chosen = new ArrayList<>();
        List<Life> pool = new ArrayList<>(eligible);
        if (pool.isEmpty()) {
            return null;
        }
        // The secretary: often someone under 40 when there is one (DT-YOUNG-SECRETARY needs both cases).
        Life secretary = null;
        if (rng.chance(0.45)) {
            List<Life> young = pool.stream().filter(l -> l.age(term[0]) < 40).toList();
            if (!young.isEmpty()) {
                secretary = rng.pick(young);
            }
        }
        if (secretary == null) {
            secretary = rng.pick(pool);
        }
        chosen.add(secretary);
        pool.remove(secretary);
        while (chosen.size() < seats && !pool.isEmpty()) {
            chosen.add(pool.remove(rng.between(0, pool.size() - 1)));
        }
        int years = term[1].getYear() - term[0].getYear() + 1;
        int[] missing = new int[years];
        for (int i = 0; i < years; i++) {
            missing[i] = rng.chance(0.10) ? rng.between(0, chosen.size() - 1) : -1;
        }
        Seat secretarySeat = null;
        for (int i = 0; i < chosen.size(); i++) {
            Life life = chosen.get(i);
            CommitteeRole role = i == 0 ? CommitteeRole.SECRETARY : i == 1 ? CommitteeRole.DEPUTY_SECRETARY
                    : CommitteeRole.MEMBER;
            LocalDate end = Timeline.min(term[1], life.homeSpellEnd(term[0]));
            life.add(new GeneratedRecord.CommitteeSeat(life.code, term[0], end.equals(END) ? null : end, org.code, role));
            if (i == 0) {
                secretarySeat = new Seat(life, term[0], end);
            }
            for (int y = term[0].getYear(); y <= end.getYear(); y++) {
                LocalDate yearEnd = LocalDate.of(y, 12, 31);
                if (end.isBefore(yearEnd) || missing[y - term[0].getYear()] == i) {
                    continue;
                }
                LocalDate from = Timeline.max(term[0], LocalDate.of(y, 3, 1));
                LocalDate to = Timeline.min(end, LocalDate.of(y, 11, 30));
                if (from.isAfter(to)) {
                    to = Timeline.min(end, yearEnd);
                }
                LocalDate day = WorkingDays.onOrAfter(rng.dateBetween(from, to));
                if (day.isAfter(end)) {
                    day = from;
                }
                life.add(new GeneratedRecord.UpdateCourse(life.code, day, org.code, y));
            }
        }
        return secretarySeat;
    }
}
