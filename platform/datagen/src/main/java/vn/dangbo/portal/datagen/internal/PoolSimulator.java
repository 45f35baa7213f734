package vn.dangbo.portal.datagen.internal;

import static vn.dangbo.portal.datagen.internal.Timeline.END;
import static vn.dangbo.portal.datagen.internal.Timeline.FIRST_YEAR;
import static vn.dangbo.portal.datagen.internal.Timeline.LAST_YEAR;
import static vn.dangbo.portal.datagen.internal.Timeline.MERGER;
import static vn.dangbo.portal.datagen.internal.Timeline.START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.datagen.record.Gender;
import vn.dangbo.portal.datagen.record.GeneratedRecord;

/**
 * Generates the people of one pool (branch) and hands them on: the members of 2016, then year by
 * year the admissions (about the pool's rate times its members on 1 January, with the remainder
 * carried so small branches still admit), candidates who are not admitted (some move away),
 * referrals of private-unit workers, transfers in from outside; then committee seats and area heads;
 * then every person with their events in date order, then the area positions.
 */
final class PoolSimulator {

    /** Admissions dip in the pandemic years 2020-2021 (index 0 = 2016). */
    private static final double[] YEAR_FACTOR = {1.04, 1.04, 1.03, 1.02, 0.93, 0.91, 1.0, 1.0, 1.02, 1.0};

    private final SimulationContext ctx;
    private final Pool pool;
    private final Rng rng;
    private final List<Life> lives = new ArrayList<>();

    PoolSimulator(SimulationContext ctx, Pool pool) {
        this.ctx = ctx;
        this.pool = pool;
        this.rng = Rng.of(ctx.seed(), "pool:" + pool.pre.code);
    }

    void run(Consumer<GeneratedRecord> out) {
        for (int i = 0; i < pool.initialMembers; i++) {
            initialMember();
        }
        double owedAdmissions = rng.uniform();
        double owedCandidates = rng.uniform();
        double owedInbound = rng.uniform();
        List<Life> workers = referralWorkers();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            LocalDate jan1 = LocalDate.of(y, 1, 1);
            int members = 0;
            for (Life life : lives) {
                if (life.inHomePoolOn(jan1)) {
                    members++;
                }
            }
            OrgNode committee = pool.directCommitteeFor(y);
            if (committee != null) {
                committee.membersJan1[y - FIRST_YEAR] += members;
            }
            owedAdmissions += members * pool.admissionRate * YEAR_FACTOR[y - FIRST_YEAR];
            int admissions = (int) owedAdmissions;
            owedAdmissions -= admissions;
            for (int i = 0; i < admissions; i++) {
                newMember(y);
            }
            if (committee != null) {
                committee.admissions[y - FIRST_YEAR] += admissions;
            }
            owedCandidates += admissions * 0.45;
            for (int i = (int) owedCandidates; i > 0; i--) {
                candidateOnly(y);
            }
            owedCandidates -= (int) owedCandidates;
            owedInbound += members * 0.004;
            for (int i = (int) owedInbound; i > 0; i--) {
                transferredIn(y);
            }
            owedInbound -= (int) owedInbound;
            if (!workers.isEmpty() && y >= 2017 && rng.chance(0.3)) {
                refer(workers, y);
            }
        }
        CommitteeStaffing staffing = new CommitteeStaffing(ctx, pool, lives, rng);
        staffing.run();
        AreaHeads heads = new AreaHeads(ctx, pool, lives, staffing, rng, this::nonMember);
        List<GeneratedRecord.AreaPosition> positions = heads.run();
        for (Life life : lives) {
            out.accept(life.toRecord());
            for (GeneratedRecord.PersonEvent event : life.finish()) {
                out.accept(event);
            }
        }
        positions.forEach(out);
    }

    // ------------------------------------------------------------------ members of 2016

    private void initialMember() {
        PoolKind kind = pool.kind;
        int age = initialAge(kind);
        Gender gender = rng.chance(kind.womenInitial) ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = START.minusYears(age).minusDays(rng.between(1, 364));
        Life life = ctx.people().newPerson(rng, pool.profile, gender, birth, true, residence(START));
        int admittedAt = Math.min(age, rng.chance(0.62) ? rng.between(18, 30) : rng.between(31, 45));
        LocalDate decision = birth.plusYears(admittedAt).plusDays(rng.between(0, 300));
        LocalDate latest = LocalDate.of(2015, 12, 10);
        if (decision.isAfter(latest)) {
            decision = latest.minusDays(rng.between(0, 200));
        }
        LocalDate earliest = pool.pre.validFrom.plusDays(30);
        if (decision.isBefore(earliest)) {
            decision = earliest.plusDays(rng.between(0, 200));
        }
        if (decision.isBefore(birth.plusYears(18))) {
            decision = birth.plusYears(18).plusDays(rng.between(1, 60));
        }
        LocalDate ceremony = WorkingDays.plus(decision, rng.between(5, 30));
        life.add(new GeneratedRecord.Admission(life.code, decision, pool.pre.code, ceremony, null));
        life.startHomeSpell(decision);
        LocalDate due = ceremony.plusMonths(12);
        LocalDate recognition = WorkingDays.plus(due, rng.between(0, 30));
        Occupations.Job job = Occupations.forPool(pool, age, false, rng);
        life.work(START, job.occupation(), job.unit());
        MemberCareer career = new MemberCareer(ctx, rng, life, pool, START);
        if (recognition.isBefore(START)) {
            life.recognised = due;
            life.partyCard = ctx.people().partyCard(pool.profile);
            life.add(new GeneratedRecord.Recognition(life.code, recognition, pool.pre.code, due));
        } else {
            career.probation(recognition, due, false);
        }
        if (age >= 72 && rng.chance(0.35)) {
            LocalDate exempt = Timeline.min(birth.plusYears(70 + rng.between(0, age - 70)), START.minusDays(20));
            if (exempt.isAfter(decision)) {
                life.exemptFrom = exempt;
                life.add(new GeneratedRecord.Exemption(life.code, exempt, pool.pre.code, "Tuổi cao"));
            }
        }
        retirement(career, life, START);
        lives.add(life);
        career.run();
    }

    private int initialAge(PoolKind kind) {
        if (kind == PoolKind.RESIDENTIAL) {
            double r = rng.uniform();
            return r < 0.18 ? rng.between(22, 35) : r < 0.48 ? rng.between(36, 55) : r < 0.80 ? rng.between(56, 70)
                    : rng.between(71, 92);
        }
        if (kind == PoolKind.UNIVERSITY_STUDENTS) {
            return rng.between(20, 23);
        }
        // Working members: more in their thirties and forties than at the edges.
        double u = (rng.uniform() + rng.uniform()) / 2;
        return kind.minAge + (int) Math.round(u * (kind.maxAge - kind.minAge));
    }

    // ------------------------------------------------------------------ admissions

    private void newMember(int year) {
        PoolKind kind = pool.kind;
        boolean pupil = kind == PoolKind.HIGH_SCHOOL && rng.chance(0.85);
        boolean youth = pupil || rng.chance(kind.youthShare);
        LocalDate decision = pupil ? rng.dateBetween(LocalDate.of(year, 1, 10), LocalDate.of(year, 5, 20))
                : rng.dayIn(year);
        decision = WorkingDays.onOrAfter(decision);
        if (decision.getYear() != year) {
            decision = LocalDate.of(year, 12, 31).minusDays(rng.between(3, 6));
        }
        int months;
        if (pupil) {
            months = 216 + rng.between(0, 8);
        } else if (kind == PoolKind.UNIVERSITY_STUDENTS) {
            months = 216 + rng.between(12, 60);
        } else if (youth) {
            // 18y0m to 30y11m, leaning to the early twenties.
            months = 216 + (int) (156 * Math.pow(rng.uniform(), 1.25));
        } else {
            int maxAge = kind == PoolKind.RESIDENTIAL ? 55 : Math.min(kind.maxAge, 50);
            months = 372 + rng.between(0, (maxAge - 31) * 12);
        }
        months = Math.min(months, pupil || youth ? 371 : months);
        Gender gender = rng.chance(kind.womenAdmitted) ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = decision.minusMonths(months).minusDays(rng.between(1, 27));
        Life life = ctx.people().newPerson(rng, pool.profile, gender, birth, true, residence(decision));
        int age = life.age(decision);

        LocalDate certificate = decision.minusDays(rng.between(60, 480));
        LocalDate registration = certificate.minusDays(rng.between(30, 240));
        LocalDate youngest = Timeline.max(birth.plusYears(16).plusDays(20), pool.pre.validFrom.plusDays(1));
        if (registration.isBefore(youngest)) {
            registration = youngest;
            certificate = Timeline.min(registration.plusDays(rng.between(30, 90)), decision.minusDays(20));
        }
        Occupations.Job job = pupil ? new Occupations.Job(Occupation.PUPIL, null)
                : Occupations.forPool(pool, age, youth, rng);
        life.work(Timeline.min(registration.minusDays(rng.between(30, 700)), START), job.occupation(), job.unit());
        Life introducer = fullMemberOn(registration);
        life.add(new GeneratedRecord.CandidateRegistration(life.code, registration, pool.codeOn(registration),
                introducer == null ? null : introducer.code));
        life.add(new GeneratedRecord.AwarenessCertificate(life.code, certificate, pool.codeOn(certificate),
                ctx.people().certificateNumber(pool.profile, certificate.getYear())));
        LocalDate ceremony = WorkingDays.plus(decision, rng.between(5, 30));
        Life helper = fullMemberOn(decision);
        life.add(new GeneratedRecord.Admission(life.code, decision, pool.codeOn(decision),
                ceremony.isAfter(END) ? null : ceremony, helper == null ? null : helper.code));
        life.startHomeSpell(decision);
        lives.add(life);
        MemberCareer career = new MemberCareer(ctx, rng, life, pool, decision);
        if (!ceremony.isAfter(END)) {
            LocalDate due = ceremony.plusMonths(12);
            double r = rng.uniform();
            boolean fails = r < 0.012;
            int delay = fails ? rng.between(5, 30) : r < 0.10 ? rng.between(31, 80) : rng.between(0, 30);
            career.probation(WorkingDays.plus(due, delay), due, fails);
        }
        if (pupil) {
            career.graduatesOn(LocalDate.of(year, 7, 15));
        } else if (kind == PoolKind.UNIVERSITY_STUDENTS) {
            career.graduatesOn(LocalDate.of(year + rng.between(1, 3), 6, 30));
        }
        retirement(career, life, decision);
        career.run();
    }

    private void retirement(MemberCareer career, Life life, LocalDate from) {
        if (!pool.kind.employed()) {
            return;
        }
        LocalDate date = life.birthDate.plusYears(life.gender == Gender.MALE ? 60 : 56).plusDays(rng.between(0, 90));
        if (date.isAfter(from)) {
            career.retiresOn(date);
        }
    }

    /** A member of another province who transfers in permanently (joins this province's data). */
    private void transferredIn(int year) {
        LocalDate arrival = WorkingDays.onOrAfter(rng.dayIn(year));
        if (arrival.getYear() != year) {
            return;
        }
        int age = rng.between(24, 55);
        Gender gender = rng.chance(pool.kind.womenAdmitted) ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = arrival.minusYears(age).minusDays(rng.between(1, 364));
        Life life = ctx.people().newPerson(rng, pool.profile, gender, birth, true, residence(arrival));
        Occupations.Job job = Occupations.forPool(pool, age, false, rng);
        life.work(arrival, job.occupation(), job.unit());
        life.add(new GeneratedRecord.TransferIn(life.code, arrival, vn.dangbo.portal.datagen.record.TransferKind.PERMANENT,
                pool.codeOn(arrival), null, "Đảng bộ tỉnh ngoài"));
        life.recognised = arrival.minusYears(rng.between(2, 20));
        life.partyCard = ctx.people().partyCard(pool.profile);
        life.startHomeSpell(arrival);
        lives.add(life);
        MemberCareer career = new MemberCareer(ctx, rng, life, pool, arrival);
        retirement(career, life, arrival);
        career.run();
    }

    // ------------------------------------------------------------------ candidates who were not admitted

    private void candidateOnly(int year) {
        LocalDate registration = rng.dayIn(year);
        int age = pool.kind == PoolKind.HIGH_SCHOOL ? 17 : rng.between(18, 40);
        Gender gender = rng.chance(pool.kind.womenAdmitted) ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = registration.minusYears(age).minusDays(rng.between(1, 364));
        Life life = ctx.people().newPerson(rng, pool.profile, gender, birth, false, residence(registration));
        Occupations.Job job = pool.kind == PoolKind.HIGH_SCHOOL ? new Occupations.Job(Occupation.PUPIL, null)
                : Occupations.forPool(pool, age, true, rng);
        life.work(Timeline.min(registration.minusDays(rng.between(30, 700)), START), job.occupation(), job.unit());
        Life introducer = fullMemberOn(registration);
        life.add(new GeneratedRecord.CandidateRegistration(life.code, registration, pool.codeOn(registration),
                introducer == null ? null : introducer.code));
        lives.add(life);
        LocalDate certificate = registration.plusDays(rng.between(30, 180));
        if (certificate.isAfter(END) || !rng.chance(0.75)) {
            followMerger(life, END);
            return;
        }
        life.add(new GeneratedRecord.AwarenessCertificate(life.code, certificate, pool.codeOn(certificate),
                ctx.people().certificateNumber(pool.profile, certificate.getYear())));
        LocalDate move = certificate.plusDays(rng.between(30, 720));
        if (move.isAfter(END) || !rng.chance(0.2)) {
            followMerger(life, END);
            return;
        }
        followMerger(life, move);
        Pool dest = rng.chance(0.8) ? ctx.destinationFor(pool, rng) : null;
        String moveCode = "M." + life.code.substring(2);
        life.add(new GeneratedRecord.CandidateMove(moveCode, life.code, move, pool.codeOn(move),
                dest == null ? null : dest.codeOn(move), dest == null ? "Thành phố Hồ Chí Minh" : dest.orgOn(move).name));
        if (dest != null && !dest.residenceAreas.isEmpty()) {
            AreaNode area = rng.pick(dest.residenceAreas).on(move);
            if (area != life.residence) {
                life.residence = area;
                life.add(new GeneratedRecord.ResidenceChange(life.code, move, area.code));
            }
        }
        LocalDate notice = move.plusDays(rng.between(3, 40));
        if (notice.isAfter(END) || !rng.chance(pool.profile.handoverNoticeShare())) {
            return;
        }
        life.add(new GeneratedRecord.HandoverNotice(moveCode, life.code, notice, pool.codeOn(notice),
                ctx.people().noticeNumber(pool.profile, notice.getYear())));
        LocalDate ack = notice.plusDays(rng.between(5, 30));
        if (dest != null && !ack.isAfter(END) && rng.chance(0.85)) {
            life.add(new GeneratedRecord.HandoverAcknowledgement(moveCode, life.code, ack, dest.codeOn(ack)));
        }
    }

    // ------------------------------------------------------------------ referrals by residential branches

    /** Non-members living in the branch's areas who work in local private units without a party organisation. */
    private List<Life> referralWorkers() {
        List<Life> workers = new ArrayList<>();
        if (pool.kind != PoolKind.RESIDENTIAL || pool.localUnitsWithoutOrg.isEmpty() || !rng.chance(0.65)) {
            return workers;
        }
        int count = rng.between(1, 3);
        for (int i = 0; i < count; i++) {
            UnitNode unit = rng.pick(pool.localUnitsWithoutOrg);
            int age = rng.between(19, 38);
            Gender gender = rng.chance(0.45) ? Gender.FEMALE : Gender.MALE;
            Life life = ctx.people().newPerson(rng, pool.profile, gender,
                    START.minusYears(age).minusDays(rng.between(1, 364)), false, rng.pick(pool.servedAreas));
            life.work(START, unit.kind == UnitKind.HOUSEHOLD_BUSINESS ? Occupation.HOUSEHOLD_BUSINESS_WORKER
                    : Occupation.COMPANY_WORKER, unit);
            followMerger(life, END);
            lives.add(life);
            workers.add(life);
        }
        return workers;
    }

    private void refer(List<Life> workers, int year) {
        Life worker = workers.remove(rng.between(0, workers.size() - 1));
        LocalDate registration = rng.dayIn(year);
        Life introducer = fullMemberOn(registration);
        worker.add(new GeneratedRecord.CandidateRegistration(worker.code, registration, pool.codeOn(registration),
                introducer == null ? null : introducer.code));
        LocalDate certificate = registration.plusDays(rng.between(30, 150));
        if (!certificate.isAfter(END) && rng.chance(0.6)) {
            worker.add(new GeneratedRecord.AwarenessCertificate(worker.code, certificate, pool.codeOn(certificate),
                    ctx.people().certificateNumber(pool.profile, certificate.getYear())));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A non-member (area head, say) living in the area. */
    Life nonMember(AreaNode area, LocalDate from) {
        int age = rng.between(35, 62);
        Gender gender = rng.chance(0.25) ? Gender.FEMALE : Gender.MALE;
        Life life = ctx.people().newPerson(rng, pool.profile, gender, from.minusYears(age).minusDays(rng.between(1, 364)),
                false, area);
        life.work(from, rng.chance(0.6) ? (pool.profile.mekong() ? Occupation.FARMER : Occupation.SELF_EMPLOYED)
                : Occupation.OTHER, null);
        if (Timeline.beforeMerger(from)) {
            followMerger(life, END);
        }
        lives.add(life);
        return life;
    }

    /** Residence follows the merged area on 1/7/2025 if the person was still there. */
    private void followMerger(Life life, LocalDate until) {
        if (!until.isBefore(MERGER) && life.residence.successor != null && life.residence.validOn(LocalDate.of(2025, 6, 30))) {
            life.residence = life.residence.successor;
            life.add(new GeneratedRecord.ResidenceChange(life.code, MERGER, life.residence.code));
        }
    }

    /** Where a new person of this pool lives on the date (the merged area from 1/7/2025). */
    private AreaNode residence(LocalDate date) {
        List<AreaNode> areas = pool.kind == PoolKind.RESIDENTIAL ? pool.servedAreas : pool.residenceAreas;
        return rng.pick(areas).on(date);
    }

    /** A full member present in the pool on the date, or null (tries a few at random, then scans). */
    private Life fullMemberOn(LocalDate date) {
        if (lives.isEmpty()) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            Life life = lives.get(rng.between(0, lives.size() - 1));
            if (life.fullMemberOn(date)) {
                return life;
            }
        }
        for (Life life : lives) {
            if (life.fullMemberOn(date)) {
                return life;
            }
        }
        return null;
    }
}
