package vn.dangbo.portal.datagen.internal;

import static vn.dangbo.portal.datagen.internal.Timeline.END;
import static vn.dangbo.portal.datagen.internal.Timeline.FIRST_YEAR;
import static vn.dangbo.portal.datagen.internal.Timeline.LAST_YEAR;
import static vn.dangbo.portal.datagen.internal.Timeline.MERGER;

import java.time.LocalDate;
import java.util.List;

import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.record.TransferKind;

/**
 * Lives one member's life from a start date to the end of the data: recognition or failed probation,
 * transfers, exemption, working away and requests to leave, removal, expulsion, death, and the yearly
 * rating and task. A small discrete-event loop: each step takes the earliest of the scheduled events
 * and the random ones drawn for the rest of the year, at realistic yearly rates (assumed where
 * domain.md gives none; see docs/data-generator.md).
 */
final class MemberCareer {

    private static final List<String> AWAY_PLACES = List.of("Thành phố Hồ Chí Minh", "Bình Dương", "Đồng Nai",
            "Long An", "Hà Nội", "Bắc Ninh", "Bà Rịa - Vũng Tàu", "Đà Nẵng");
    private static final List<String> OUTSIDE_COMMITTEES = List.of("Đảng bộ Thành phố Hồ Chí Minh",
            "Đảng bộ thành phố Hà Nội", "Đảng bộ tỉnh Đồng Nai", "Đảng bộ tỉnh Tây Ninh", "Đảng bộ tỉnh An Giang",
            "Đảng bộ tỉnh Vĩnh Long", "Đảng bộ tỉnh Hưng Yên", "Đảng bộ tỉnh Gia Lai", "Đảng bộ tỉnh Lâm Đồng",
            "Đảng bộ Quân khu 9");
    private static final List<String> TASKS = List.of("Tham gia sinh hoạt tổ dân vận", "Phụ trách theo dõi hộ gia đình",
            "Tham gia công tác mặt trận", "Tuyên truyền, vận động nhân dân", "Giúp đỡ quần chúng ưu tú",
            "Tham gia tổ hòa giải", "Phụ trách công tác thanh niên", "Tham gia bảo vệ an ninh trật tự");

    private enum Kind {
        MERGE, RECOGNISE, FAIL, RATE, TEMP_RETURN, LEAVE_EXIT, RETIRE, GRADUATE, PLANNED_MOVE,
        DEATH, REMOVAL, EXPULSION, PERMANENT, TEMPORARY, EXEMPT, AWAY, LEAVE_REQUEST, OWN_REQUEST
    }

    private final SimulationContext ctx;
    private final Rng rng;
    private final Life life;
    private final Pool home;
    private Pool cur;
    private LocalDate t;
    private LocalDate arrival;

    private LocalDate recognitionDate;
    private LocalDate due;
    private boolean failsProbation;
    private LocalDate tempReturn;
    private Pool tempHost;
    private LocalDate awayUntil;
    private boolean requested;
    private LocalDate leaveExit;
    private LocalDate retirement;
    private LocalDate graduation;
    private LocalDate plannedMove;
    private Pool plannedPool;
    private boolean mergerDone;
    private int ratedYear;

    private LocalDate nextDate;
    private Kind nextKind;

    MemberCareer(SimulationContext ctx, Rng rng, Life life, Pool home, LocalDate from) {
        this.ctx = ctx;
        this.rng = rng;
        this.life = life;
        this.home = home;
        this.cur = home;
        this.t = from;
        this.arrival = from;
        this.mergerDone = !Timeline.beforeMerger(from);
        this.ratedYear = FIRST_YEAR - 1;
    }

    /** Probation still running: recognised (or failed) on {@code decision}, 12 months due {@code due}. */
    MemberCareer probation(LocalDate decision, LocalDate due, boolean fails) {
        this.recognitionDate = decision;
        this.due = due;
        this.failsProbation = fails;
        return this;
    }

    MemberCareer retiresOn(LocalDate date) {
        this.retirement = date;
        return this;
    }

    MemberCareer graduatesOn(LocalDate date) {
        this.graduation = date;
        return this;
    }

    void run() {
        while (t.getYear() <= LAST_YEAR) {
            int y = t.getYear();
            LocalDate yearEnd = LocalDate.of(y, 12, 31);
            nextDate = null;
            nextKind = null;
            if (!mergerDone) {
                consider(MERGER, Kind.MERGE);
            }
            consider(recognitionDate, failsProbation ? Kind.FAIL : Kind.RECOGNISE);
            consider(tempReturn, Kind.TEMP_RETURN);
            consider(leaveExit, Kind.LEAVE_EXIT);
            consider(retirement, Kind.RETIRE);
            consider(graduation, Kind.GRADUATE);
            consider(plannedMove, Kind.PLANNED_MOVE);
            LocalDate ratingDay = LocalDate.of(y, 12, 20);
            if (ratedYear < y && !t.isAfter(ratingDay)) {
                consider(ratingDay, Kind.RATE);
            }
            drawHazards(yearEnd);
            if (nextDate == null || nextDate.isAfter(yearEnd)) {
                t = yearEnd.plusDays(1);
                continue;
            }
            // A scheduled event that fell due while the member was in transit happens on arrival.
            LocalDate day = nextKind == Kind.MERGE || !nextDate.isBefore(t) ? nextDate : t;
            if (!process(nextKind, day)) {
                return;
            }
            if (day.isAfter(t)) {
                t = day;
            }
        }
    }

    private void consider(LocalDate date, Kind kind) {
        if (date != null && (nextDate == null || date.isBefore(nextDate))) {
            nextDate = date;
            nextKind = kind;
        }
    }

    private void drawHazards(LocalDate yearEnd) {
        if (!t.isBefore(yearEnd)) {
            return;
        }
        double fraction = (yearEnd.toEpochDay() - t.toEpochDay()) / 365.0;
        int age = life.age(t);
        hazard(mortality(age) * fraction, Kind.DEATH, yearEnd);
        hazard(0.0012 * fraction, Kind.REMOVAL, yearEnd);
        hazard(0.0003 * fraction, Kind.EXPULSION, yearEnd);
        hazard(0.0002 * fraction, Kind.OWN_REQUEST, yearEnd);
        boolean student = cur.kind == PoolKind.UNIVERSITY_STUDENTS || life.occupation() == Occupation.PUPIL;
        if (tempReturn == null && plannedMove == null && !student) {
            hazard((age < 60 ? 0.028 : 0.006) * fraction, Kind.PERMANENT, yearEnd);
            if (age < 60) {
                hazard(0.006 * fraction, Kind.TEMPORARY, yearEnd);
            }
        }
        if (life.exemptFrom == null) {
            hazard((age >= 70 ? 0.09 : age >= 55 ? 0.004 : 0) * fraction, Kind.EXEMPT, yearEnd);
        }
        boolean away = awayUntil != null && awayUntil.isAfter(t);
        if (!away && cur.kind == PoolKind.RESIDENTIAL && age < 50) {
            hazard(0.015 * fraction, Kind.AWAY, yearEnd);
        }
        if (away && !requested && leaveExit == null) {
            hazard(0.09 * fraction, Kind.LEAVE_REQUEST, yearEnd);
        }
    }

    private void hazard(double probability, Kind kind, LocalDate yearEnd) {
        if (probability > 0 && rng.chance(probability)) {
            consider(rng.dateBetween(t.plusDays(1), yearEnd), kind);
        }
    }

    private static double mortality(int age) {
        if (age < 30) {
            return 0.0008;
        } else if (age < 40) {
            return 0.0015;
        } else if (age < 50) {
            return 0.003;
        } else if (age < 60) {
            return 0.007;
        } else if (age < 70) {
            return 0.016;
        } else if (age < 80) {
            return 0.04;
        } else if (age < 90) {
            return 0.10;
        }
        return 0.2;
    }

    /** Returns false when the person leaves the data. */
    private boolean process(Kind kind, LocalDate d) {
        switch (kind) {
            case MERGE -> {
                mergerDone = true;
                AreaNode next = life.residence.successor;
                if (next != null) {
                    life.residence = next;
                    life.add(new GeneratedRecord.ResidenceChange(life.code, MERGER, next.code));
                }
            }
            case RECOGNISE -> {
                recognitionDate = null;
                life.recognised = due;
                life.partyCard = ctx.people().partyCard(life.profile);
                life.add(new GeneratedRecord.Recognition(life.code, d, cur.codeOn(d), due));
            }
            case FAIL -> {
                return exit(d, ExitKind.REMOVAL, "Không đủ điều kiện công nhận đảng viên chính thức");
            }
            case RATE -> rate(d);
            case TEMP_RETURN -> {
                life.add(new GeneratedRecord.TemporaryReturn(life.code, d, cur.codeOn(d), tempHost.codeOn(d)));
                tempReturn = null;
                tempHost = null;
            }
            case LEAVE_EXIT -> {
                return exit(d, ExitKind.LEFT_AT_OWN_REQUEST, "Xin ra khỏi Đảng");
            }
            case RETIRE -> {
                retirement = null;
                life.work(d, Occupation.RETIRED, null);
                Pool residential = ctx.structure().residentialPoolFor(life.residence);
                if (cur.kind.employed() && residential != null && residential != cur && rng.chance(0.85)) {
                    plannedMove = d.plusDays(rng.between(20, 90));
                    plannedPool = residential;
                }
            }
            case GRADUATE -> {
                graduation = null;
                return graduate(d);
            }
            case PLANNED_MOVE -> {
                Pool dest = plannedPool;
                plannedMove = null;
                plannedPool = null;
                return transfer(d, dest);
            }
            case DEATH -> {
                return exit(d, ExitKind.DEATH, null);
            }
            case REMOVAL -> {
                return exit(d, ExitKind.REMOVAL, "Bỏ sinh hoạt đảng, không đóng đảng phí 3 tháng trong năm");
            }
            case EXPULSION -> {
                return exit(d, ExitKind.EXPULSION, "Vi phạm kỷ luật");
            }
            case PERMANENT -> {
                Pool dest = rng.chance(0.12) ? null : ctx.destinationFor(cur, rng);
                return transfer(d, dest);
            }
            case TEMPORARY -> temporary(d);
            case EXEMPT -> {
                life.exemptFrom = d;
                life.add(new GeneratedRecord.Exemption(life.code, d, cur.codeOn(d),
                        life.age(d) >= 70 ? "Tuổi cao" : "Sức khỏe yếu"));
            }
            case AWAY -> {
                awayUntil = d.plusDays(rng.between(300, 1800));
                life.add(new GeneratedRecord.AwayFlag(life.code, d, awayUntil.isAfter(END) ? null : awayUntil,
                        cur.codeOn(d), rng.pick(AWAY_PLACES)));
            }
            case LEAVE_REQUEST, OWN_REQUEST -> {
                requested = true;
                life.add(new GeneratedRecord.LeaveRequest(life.code, d, cur.codeOn(d)));
                if (kind == Kind.OWN_REQUEST || rng.chance(0.75)) {
                    leaveExit = WorkingDays.onOrAfter(d.plusDays(rng.between(45, 150)));
                }
            }
        }
        return true;
    }

    private void rate(LocalDate day) {
        int y = day.getYear();
        ratedYear = y;
        boolean exempt = life.exemptOn(day);
        if (!exempt) {
            double good = cur.goodShare[y - FIRST_YEAR];
            double r = rng.uniform();
            RatingGrade grade = r < 0.14 ? RatingGrade.EXCELLENT : r < good ? RatingGrade.GOOD
                    : r < 0.992 ? RatingGrade.COMPLETED : RatingGrade.NOT_COMPLETED;
            life.add(new GeneratedRecord.MemberRating(life.code, day, cur.codeOn(day), y, grade));
        }
        if (rng.chance(exempt ? 0.5 : cur.taskCoverage)) {
            LocalDate date = Timeline.max(LocalDate.of(y, 1, 20), arrival.plusDays(10));
            if (date.isAfter(day)) {
                date = day;
            }
            life.add(new GeneratedRecord.TaskAssignment(life.code, date, cur.codeOn(date), y, rng.pick(TASKS)));
        }
    }

    private boolean graduate(LocalDate d) {
        Pool dest;
        if (life.occupation() == Occupation.PUPIL) {
            Pool university = ctx.universityFor(life.profile, rng);
            if (university != null && rng.chance(0.45)) {
                life.work(d, Occupation.STUDENT, null);
                dest = university;
            } else {
                life.work(d, rng.chance(0.5) ? Occupation.STUDENT : Occupation.COMPANY_WORKER, null);
                dest = ctx.structure().residentialPoolFor(life.residence);
            }
        } else {
            dest = rng.chance(0.5) ? ctx.structure().residentialPoolFor(life.residence) : ctx.destinationFor(cur, rng);
            if (dest == null || dest.kind == PoolKind.RESIDENTIAL) {
                life.work(d, rng.chance(0.6) ? Occupation.COMPANY_WORKER : Occupation.OTHER, null);
            }
        }
        if (dest == null || dest == cur) {
            dest = ctx.destinationFor(cur, rng);
        }
        return transfer(d, dest);
    }

    private void temporary(LocalDate d) {
        Pool host = ctx.destinationFor(cur, rng);
        life.add(new GeneratedRecord.TransferOut(life.code, d, TransferKind.TEMPORARY, cur.codeOn(d), host.codeOn(d),
                host.orgOn(d).name));
        LocalDate in = WorkingDays.plus(d, rng.between(3, 10));
        if (in.isAfter(END)) {
            return;
        }
        life.add(new GeneratedRecord.TransferIn(life.code, in, TransferKind.TEMPORARY, host.codeOn(in), cur.codeOn(d),
                cur.orgOn(d).name));
        LocalDate back = in.plusDays(rng.between(80, 330));
        if (!back.isAfter(END)) {
            tempReturn = back;
            tempHost = host;
        }
        t = in;
    }

    private boolean transfer(LocalDate d, Pool dest) {
        String fromCode = cur.codeOn(d);
        String fromName = cur.orgOn(d).name;
        life.add(new GeneratedRecord.TransferOut(life.code, d, TransferKind.PERMANENT, fromCode,
                dest == null ? null : dest.codeOn(d),
                dest == null ? rng.pick(OUTSIDE_COMMITTEES) : dest.orgOn(d).name));
        if (cur == home) {
            life.endHomeSpell(d);
        }
        LocalDate in = WorkingDays.plus(d, rng.between(3, 30));
        if (dest == null || in.isAfter(END)) {
            life.gone = d;
            return false;
        }
        life.add(new GeneratedRecord.TransferIn(life.code, in, TransferKind.PERMANENT, dest.codeOn(in), fromCode,
                fromName));
        if (dest == home) {
            life.startHomeSpell(in);
        }
        if (!mergerDone && !Timeline.beforeMerger(in)) {
            process(Kind.MERGE, MERGER);
        }
        cur = dest;
        arrival = in;
        t = in;
        if (dest.kind == PoolKind.RESIDENTIAL && !dest.servedAreas.isEmpty()) {
            AreaNode area = rng.pick(dest.servedAreas).on(in);
            if (area != life.residence) {
                life.residence = area;
                life.add(new GeneratedRecord.ResidenceChange(life.code, in, area.code));
            }
        } else if (life.occupation() != Occupation.RETIRED) {
            Occupations.Job job = Occupations.forPool(dest, life.age(in), false, rng);
            life.work(in, job.occupation(), job.unit());
        }
        return true;
    }

    private boolean exit(LocalDate d, ExitKind kind, String reason) {
        life.add(new GeneratedRecord.Exit(life.code, d, cur.codeOn(d), kind, reason));
        if (cur == home) {
            life.endHomeSpell(d);
        }
        life.gone = d;
        return false;
    }
}
