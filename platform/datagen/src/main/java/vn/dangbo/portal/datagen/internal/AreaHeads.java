package vn.dangbo.portal.datagen.internal;

import static vn.dangbo.portal.datagen.internal.Timeline.END;
import static vn.dangbo.portal.datagen.internal.Timeline.MERGER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.datagen.record.GeneratedRecord;

/**
 * Heads and Front work committee heads of the areas a residential branch serves, term by term. The
 * head is a member with the province's share (rising a little each term), otherwise a non-member of
 * the area; now and then the post is vacant. In Đồng Tháp and Tiền Giang the branch secretary is often
 * also the hamlet head (the "bí thư kiêm trưởng ấp" policy behind DT-YOUNG-SECRETARY).
 */
final class AreaHeads {

    private final Pool pool;
    private final List<Life> lives;
    private final CommitteeStaffing staffing;
    private final Rng rng;
    private final BiFunction<AreaNode, LocalDate, Life> nonMember;
    private final List<GeneratedRecord.AreaPosition> positions = new ArrayList<>();

    AreaHeads(SimulationContext ctx, Pool pool, List<Life> lives, CommitteeStaffing staffing, Rng rng,
            BiFunction<AreaNode, LocalDate, Life> nonMember) {
        this.pool = pool;
        this.lives = lives;
        this.staffing = staffing;
        this.rng = rng;
        this.nonMember = nonMember;
    }

    List<GeneratedRecord.AreaPosition> run() {
        if (pool.kind != PoolKind.RESIDENTIAL) {
            return positions;
        }
        boolean secretaryIsHead = pool.profile.programProvince().equals("dong-thap");
        for (int a = 0; a < pool.servedAreas.size(); a++) {
            AreaNode original = pool.servedAreas.get(a);
            Life head = null;
            Life front = null;
            for (int ti = 0; ti < Timeline.BRANCH_TERMS.length; ti++) {
                LocalDate[] term = Timeline.BRANCH_TERMS[ti];
                AreaNode area = term[0].isBefore(MERGER) ? original : original.successor;
                if (area == null) {
                    continue;
                }
                CommitteeStaffing.Seat secretary = staffing.secretary(ti);
                if (secretaryIsHead && a == 0 && secretary != null && rng.chance(0.6)) {
                    head = secretary.life();
                    hold(area, PositionKind.AREA_HEAD, head, term, secretary.to());
                } else {
                    head = next(area, PositionKind.AREA_HEAD, head, term, pool.profile.headMemberShare() + 0.015 * ti);
                }
                front = next(area, PositionKind.FRONT_COMMITTEE_HEAD, front, term, 0.86 + 0.02 * ti);
            }
        }
        return positions;
    }

    private Life next(AreaNode area, PositionKind kind, Life previous, LocalDate[] term, double memberShare) {
        if (rng.chance(0.04)) {
            positions.add(new GeneratedRecord.AreaPosition(area.code, kind, null, term[0], open(term[1])));
            return null;
        }
        if (previous != null && rng.chance(0.55) && stillAvailable(previous, term[0])) {
            hold(area, kind, previous, term, end(previous, term));
            return previous;
        }
        Life holder = null;
        if (rng.chance(memberShare)) {
            List<Life> members = new ArrayList<>();
            for (Life life : lives) {
                if (life.inHomePoolOn(term[0]) && !life.exemptOn(term[0]) && life.age(term[0]) < 66
                        && life.age(term[0]) >= 25) {
                    members.add(life);
                }
            }
            if (!members.isEmpty()) {
                holder = rng.pick(members);
            }
        }
        if (holder == null) {
            holder = nonMember.apply(area, term[0]);
        }
        hold(area, kind, holder, term, end(holder, term));
        return holder;
    }

    private static boolean stillAvailable(Life life, LocalDate date) {
        return life.homeSpells.isEmpty() ? life.gone == null : life.inHomePoolOn(date) && !life.exemptOn(date);
    }

    private static LocalDate end(Life life, LocalDate[] term) {
        if (life.homeSpells.isEmpty()) {
            return term[1];
        }
        LocalDate end = life.homeSpellEnd(term[0]);
        return end == null ? term[0] : Timeline.min(end, term[1]);
    }

    private void hold(AreaNode area, PositionKind kind, Life holder, LocalDate[] term, LocalDate to) {
        positions.add(new GeneratedRecord.AreaPosition(area.code, kind, holder.code, term[0], open(to)));
        if (to.isBefore(term[1])) {
            positions.add(new GeneratedRecord.AreaPosition(area.code, kind, null, to.plusDays(1), open(term[1])));
        }
    }

    private static LocalDate open(LocalDate date) {
        return date.equals(END) ? null : date;
    }
}
