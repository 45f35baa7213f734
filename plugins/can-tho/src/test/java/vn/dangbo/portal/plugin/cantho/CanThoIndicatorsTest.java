package vn.dangbo.portal.plugin.cantho;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.plugin.cantho.CanThoWorld.BORN;
import static vn.dangbo.portal.plugin.cantho.CanThoWorld.LONG_AGO;
import static vn.dangbo.portal.plugin.cantho.CanThoWorld.result;
import static vn.dangbo.portal.plugin.cantho.CanThoWorld.rows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.UnitKind;

class CanThoIndicatorsTest {

    private final CanThoWorld w = new CanThoWorld();

    @Nested
    class OrganisationRatings {

        @Test
        void nineOfTenIsNotMoreThanNinetyPercent() {
            // 10 grassroots organisations rated in 2024: 9 excellent or good, 1 completed -> 9/10 = 90 %, not > 90 %.
            for (int i = 0; i < 10; i++) {
                long org = w.b.organisation("G" + i, "Chi bộ cơ sở " + i, OrganisationType.GRASSROOTS_BRANCH)
                        .parent(w.ward).add();
                w.b.orgRating(org, 2024, i == 0 ? RatingGrade.COMPLETED : i % 2 == 0 ? RatingGrade.GOOD
                        : RatingGrade.EXCELLENT);
            }
            IndicatorResult r = result(w.context(2024), "CT-ORG-RATING");

            assertThat(r.numerator()).isEqualTo(9);
            assertThat(r.denominator()).isEqualTo(10);
            assertThat(r.value()).isEqualByComparingTo("90");
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
            assertThat(rows(w.context(2024), "CT-ORG-RATING").get(0).status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        void branchesBelowAGrassrootsCommitteeAreNotRated() {
            long branch = w.b.organisation("CB", "Chi bộ", OrganisationType.BRANCH).parent(w.grassroots).add();
            w.b.orgRating(branch, 2024, RatingGrade.NOT_COMPLETED).orgRating(w.grassroots, 2024, RatingGrade.GOOD);
            IndicatorResult r = result(w.context(2024), "CT-ORG-RATING");

            // Only the grassroots committee counts: 1/1 = 100 % > 90 %.
            assertThat(r.denominator()).isEqualTo(1);
            assertThat(r.status()).isEqualTo(Status.MET);
        }

        @Test
        void noRatingsIsNotEnoughData() {
            IndicatorResult r = result(w.context(2024), "CT-ORG-RATING");
            assertThat(r.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
            assertThat(r.value()).isNull();
            assertThat(r.reason().vi()).contains("đánh giá");
        }
    }

    @Nested
    class MemberRatings {

        @Test
        void sharesOfMembersRatedGoodOrBetterPerGrassrootsOrganisation() {
            // 10 members of the grassroots committee: 10 rated good -> 100 %; another committee 1 of 2 -> 50 %.
            // Total 11/12 = 91.67 % > 90 %: met.
            for (int i = 0; i < 10; i++) {
                w.b.person("m" + i, BORN).transferIn(LONG_AGO, w.grassroots).rated(2024, RatingGrade.GOOD).add();
            }
            long other = w.b.organisation("G2", "Đảng bộ phường Tân An", OrganisationType.GRASSROOTS_COMMITTEE)
                    .parent(w.ward).add();
            w.b.person("x", BORN).transferIn(LONG_AGO, other).rated(2024, RatingGrade.EXCELLENT).add();
            w.b.person("y", BORN).transferIn(LONG_AGO, other).rated(2024, RatingGrade.NOT_COMPLETED).add();
            IndicatorResult r = result(w.context(2024), "CT-MEM-RATING");

            assertThat(r.numerator()).isEqualTo(11);
            assertThat(r.denominator()).isEqualTo(12);
            assertThat(r.value()).isEqualByComparingTo("91.67");
            assertThat(r.status()).isEqualTo(Status.MET);
            DrillDownRow weakest = rows(w.context(2024), "CT-MEM-RATING").get(0);
            assertThat(weakest.organisationId()).isEqualTo(other);
            assertThat(weakest.status()).isEqualTo(Status.NOT_MET);
            assertThat(weakest.note().vi()).contains("1 đảng viên không hoàn thành");
        }

        @Test
        void noMemberRatingsIsNotEnoughData() {
            assertThat(result(w.context(2024), "CT-MEM-RATING").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class AreaHeads {

        @Test
        void aVacantPostCountsAsNotAMemberAndKhomIsNotCounted() {
            long member = w.b.person("Trưởng ấp", BORN).transferIn(LONG_AGO, w.grassroots).add();
            long nonMember = w.b.person("Trưởng khu vực", BORN).add();
            long a1 = w.b.area("A1", "Ấp 1", AreaKind.HAMLET).add();
            long a2 = w.b.area("KV2", "Khu vực 2", AreaKind.URBAN_AREA).add();
            w.b.area("A3", "Ấp 3", AreaKind.HAMLET).add();
            long khom = w.b.area("K", "Khóm 1", AreaKind.URBAN_HAMLET).add();
            w.b.holder(a1, PositionKind.AREA_HEAD, member, LONG_AGO, null)
                    .holder(a2, PositionKind.AREA_HEAD, nonMember, LONG_AGO, null)
                    .holder(khom, PositionKind.AREA_HEAD, nonMember, LONG_AGO, null)
                    .holder(a1, PositionKind.FRONT_COMMITTEE_HEAD, member, LONG_AGO, null)
                    .holder(a2, PositionKind.FRONT_COMMITTEE_HEAD, member, LONG_AGO, null);
            // Heads: ấp 1 member, khu vực 2 not, ấp 3 vacant -> 1/3. Front heads: 2/3.
            IndicatorResult heads = result(w.context(2024), "CT-HAMLET-HEAD");
            IndicatorResult front = result(w.context(2024), "CT-FRONT-HEAD");

            assertThat(heads.numerator()).isEqualTo(1);
            assertThat(heads.denominator()).isEqualTo(3);
            assertThat(heads.status()).isEqualTo(Status.NOT_MET);
            assertThat(front.numerator()).isEqualTo(2);
            assertThat(front.denominator()).isEqualTo(3);
            assertThat(rows(w.context(2024), "CT-HAMLET-HEAD")).extracting(r -> r.note() == null ? null : r.note().en())
                    .containsExactly("The post is vacant", "The holder is not a party member", null);
        }
    }

    @Nested
    class AdmissionRate {

        @Test
        void theDenominatorIsMembersAtThePreviousYearEnd() {
            // 50 members since long ago; 2 admitted on 2/1/2024 (they count only from 2024). 2024: 2 / 50 = 4 % met.
            // One more member transferred in on 31/12/2023 counts: 2 / 51 = 3.92 %.
            w.members(w.grassroots, 50);
            w.admissions(w.grassroots, LocalDate.of(2024, 1, 2), 2);
            IndicatorResult r = result(w.context(2024), "CT-ADMISSION-RATE");
            assertThat(r.numerator()).isEqualTo(2);
            assertThat(r.denominator()).isEqualTo(50);
            assertThat(r.value()).isEqualByComparingTo("4");
            assertThat(r.status()).isEqualTo(Status.MET);

            w.b.person("late", BORN).transferIn(LocalDate.of(2023, 12, 31), w.grassroots).add();
            assertThat(result(w.context(2024), "CT-ADMISSION-RATE").denominator()).isEqualTo(51);
        }

        @Test
        void aboveTheRangeIsExceededOrNotMetUnderTheOtherReading() {
            // 3 / 50 = 6 %: above 3-4 %.
            w.members(w.grassroots, 50);
            w.admissions(w.grassroots, LocalDate.of(2024, 5, 5), 3);
            IndicatorResult byDefault = result(w.context(2024), "CT-ADMISSION-RATE");
            IndicatorResult insideOnly = result(CanThoWorld.program(Map.of("range.policy", "ONLY_INSIDE")),
                    w.context(2024), "CT-ADMISSION-RATE");

            assertThat(byDefault.status()).isEqualTo(Status.MET);
            assertThat(byDefault.exceeded()).isTrue();
            assertThat(insideOnly.status()).isEqualTo(Status.NOT_MET);
            assertThat(insideOnly.exceeded()).isTrue();
        }

        @Test
        void noMembersAtThePreviousYearEndIsNotEnoughData() {
            w.admissions(w.grassroots, LocalDate.of(2024, 5, 5), 3);
            IndicatorResult r = result(w.context(2024), "CT-ADMISSION-RATE");
            assertThat(r.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
            assertThat(r.numerator()).isEqualTo(3);
            assertThat(r.denominator()).isZero();
        }

        @Test
        void drillDownPerCommitteeOverItsMembersAtThePreviousYearEnd() {
            w.members(w.grassroots, 25);
            w.admissions(w.grassroots, LocalDate.of(2024, 5, 5), 1);
            DrillDownRow row = rows(w.context(2024), "CT-ADMISSION-RATE").get(0);
            // 1 / 25 = 4 %.
            assertThat(row.organisationId()).isEqualTo(w.ward);
            assertThat(row.value()).isEqualByComparingTo("4");
            assertThat(row.status()).isEqualTo(Status.MET);
        }
    }

    @Nested
    class AdmissionCount {

        @Test
        void zeroIsARealZeroNotMissingData() {
            IndicatorResult r = result(w.context(2024), "CT-ADMISSION-COUNT");
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
            assertThat(r.value()).isEqualByComparingTo("0");
            assertThat(r.inPeriod()).isTrue();
            assertThat(rows(w.context(2024), "CT-ADMISSION-COUNT").get(0).note().en()).isEqualTo("Admitted nobody");
        }

        @Test
        void afterTwentyTwentyFiveTheFigureIsComputedAndFlaggedOutsideThePeriod() {
            w.admissions(w.grassroots, LocalDate.of(2026, 3, 3), 2);
            IndicatorResult r = result(w.context(2026), "CT-ADMISSION-COUNT");
            assertThat(r.value()).isEqualByComparingTo("2");
            assertThat(r.inPeriod()).isFalse();
        }

        @Test
        void aBranchClosedWithoutSuccessorStillCountsInTheProvinceTotal() {
            long gone = w.b.organisation("G", "Chi bộ giải thể", OrganisationType.GRASSROOTS_BRANCH).parent(w.ward)
                    .validTo(LocalDate.of(2025, 6, 30)).add();
            w.admissions(gone, LocalDate.of(2025, 3, 1), 1);
            assertThat(result(w.context(2025), "CT-ADMISSION-COUNT").numerator()).isEqualTo(1);
        }
    }

    @Nested
    class HamletBranchAdmissions {

        @Test
        void averagePerBranchWithTheBranchesThatAdmittedNobodyListed() {
            long a = w.residentialBranch("Ấp Mỹ An", AreaKind.HAMLET);
            long b = w.residentialBranch("Khu vực 3", AreaKind.URBAN_AREA);
            long khom = w.residentialBranch("Khóm 2", AreaKind.URBAN_HAMLET);
            w.admissions(a, LocalDate.of(2025, 4, 1), 2);
            w.admissions(khom, LocalDate.of(2025, 4, 1), 5);
            // ấp and khu vực branches only: (2 + 0) / 2 = 1.00 -> met (≥ 1).
            IndicatorResult r = result(w.context(2025), "CT-HAMLET-BRANCH-ADMIT");
            assertThat(r.numerator()).isEqualTo(2);
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(r.value()).isEqualByComparingTo("1");
            assertThat(r.status()).isEqualTo(Status.MET);
            DrillDownRow first = rows(w.context(2025), "CT-HAMLET-BRANCH-ADMIT").get(0);
            assertThat(first.organisationId()).isEqualTo(b);
            assertThat(first.status()).isEqualTo(Status.NOT_MET);
            assertThat(first.note().en()).isEqualTo("Admitted nobody in the year");
        }

        @Test
        void aBranchClosedMidYearAcrossTheMergerPassesItsAdmissionsToItsSuccessor() {
            long old = w.residentialBranch("Ấp cũ", AreaKind.HAMLET);
            long area = w.b.area("AM", "Ấp mới", AreaKind.HAMLET).add();
            long successor = w.b.organisation("CBM", "Chi bộ ấp mới", OrganisationType.BRANCH).parent(w.grassroots)
                    .residential(area).validFrom(LocalDate.of(2025, 7, 1)).add();
            w.b.closed(old, LocalDate.of(2025, 6, 30), successor);
            w.admissions(old, LocalDate.of(2025, 2, 1), 1);
            w.admissions(successor, LocalDate.of(2025, 9, 1), 1);
            // Structure of 2025 = records valid on 31/12/2025: one branch with 1 + 1 = 2 admissions.
            IndicatorResult r = result(w.context(2025), "CT-HAMLET-BRANCH-ADMIT");
            assertThat(r.denominator()).isEqualTo(1);
            assertThat(r.numerator()).isEqualTo(2);
            // In 2024 the old branch stood alone and admitted nobody: 0 / 1, flagged outside 2025-2030.
            IndicatorResult before = result(w.context(2024), "CT-HAMLET-BRANCH-ADMIT");
            assertThat(before.value()).isEqualByComparingTo("0");
            assertThat(before.inPeriod()).isFalse();
        }

        @Test
        void underTheOtherReadingOnly2030IsInThePeriod() {
            w.residentialBranch("Ấp 1", AreaKind.HAMLET);
            CanThoProgram only2030 = CanThoWorld.program(Map.of("targets2030.period", "YEAR_2030_ONLY"));
            assertThat(result(only2030, w.context(2027), "CT-HAMLET-BRANCH-ADMIT").inPeriod()).isFalse();
            assertThat(result(only2030, w.context(2030), "CT-HAMLET-BRANCH-ADMIT").inPeriod()).isTrue();
            assertThat(result(w.context(2027), "CT-HAMLET-BRANCH-ADMIT").inPeriod()).isTrue();
        }

        @Test
        void noHamletBranchIsNotEnoughData() {
            assertThat(result(w.context(2025), "CT-HAMLET-BRANCH-ADMIT").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class HamletBranchReferrals {

        private long household() {
            return w.b.unit("HKD", "Hộ kinh doanh Tư Lành", UnitKind.HOUSEHOLD_BUSINESS).area(w.wardArea).workers(4)
                    .add();
        }

        @Test
        void aBranchWithSuchWorkersThatReferredNobodyIsNotMet() {
            long branch = w.residentialBranch("Ấp 1", AreaKind.HAMLET);
            long area = w.b.build().organisation(branch).areaIds().get(0);
            long unit = household();
            w.b.person("Công nhân", BORN).residence(LONG_AGO, area).job(LONG_AGO, Occupation.HOUSEHOLD_BUSINESS_WORKER, unit)
                    .add();
            IndicatorResult r = result(w.context(2025), "CT-HAMLET-BRANCH-REFER");
            assertThat(r.numerator()).isZero();
            assertThat(r.denominator()).isEqualTo(1);
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        void aReferralInTheYearMeetsIt() {
            long branch = w.residentialBranch("Ấp 1", AreaKind.HAMLET);
            long area = w.b.build().organisation(branch).areaIds().get(0);
            long unit = household();
            w.b.person("Công nhân", BORN).residence(LONG_AGO, area).job(LONG_AGO, Occupation.HOUSEHOLD_BUSINESS_WORKER, unit)
                    .candidate(LocalDate.of(2025, 8, 8), branch).add();
            IndicatorResult r = result(w.context(2025), "CT-HAMLET-BRANCH-REFER");
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.status()).isEqualTo(Status.MET);
        }

        @Test
        void withoutSuchWorkersThereIsNotEnoughData() {
            w.residentialBranch("Ấp 1", AreaKind.HAMLET);
            assertThat(result(w.context(2025), "CT-HAMLET-BRANCH-REFER").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class PrivateUnits {

        /** A private company with the worker count, a chi bộ cơ sở in it, and n admissions by that branch in 2025. */
        private long unitWithBranch(String name, Integer workers, int admitted) {
            var unit = w.b.unit(name, name, UnitKind.PRIVATE_COMPANY).area(w.wardArea);
            if (workers != null) {
                unit.workers(workers);
            }
            long unitId = unit.add();
            long branch = w.b.organisation("CB-" + name, "Chi bộ " + name, OrganisationType.GRASSROOTS_BRANCH)
                    .parent(w.ward).sector(vn.dangbo.portal.api.model.Sector.PRIVATE_ENTERPRISE).unit(unitId).add();
            w.admissions(branch, LocalDate.of(2025, 6, 1), admitted);
            return unitId;
        }

        @Test
        void requiredAdmissionsFollowTheWorkers() {
            unitWithBranch("A49", 49, 1);   // required 1, admitted 1: met
            long short80 = unitWithBranch("B80", 80, 2);   // required 3, admitted 2: not met
            unitWithBranch("C110", 110, 4); // required 4, admitted 4: met
            IndicatorResult r = result(w.context(2025), "CT-PRIVATE-ADMIT");
            // 2 of 3 = 66.67 %
            assertThat(r.numerator()).isEqualTo(2);
            assertThat(r.denominator()).isEqualTo(3);
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
            DrillDownRow first = rows(w.context(2025), "CT-PRIVATE-ADMIT").get(0);
            assertThat(first.organisationId()).isEqualTo(short80);
            assertThat(first.numerator()).isEqualTo(2);
            assertThat(first.denominator()).isEqualTo(3);
        }

        @Test
        void theOtherReadingAsksMoreJustAboveFifty() {
            unitWithBranch("D51", 51, 2);   // full 30: required 2 (met); begun 30: required 3 (not met)
            assertThat(result(w.context(2025), "CT-PRIVATE-ADMIT").status()).isEqualTo(Status.MET);
            assertThat(result(CanThoWorld.program(Map.of("required.admissions.step", "STARTED_30")), w.context(2025),
                    "CT-PRIVATE-ADMIT").status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        void admissionsOfBranchesBelowTheUnitsPartyCommitteeCount() {
            long unit = w.b.unit("E", "Công ty E", UnitKind.PRIVATE_COMPANY).area(w.wardArea).workers(50).add();
            long committee = w.b.organisation("DB-E", "Đảng bộ Công ty E", OrganisationType.GRASSROOTS_COMMITTEE)
                    .parent(w.ward).unit(unit).add();
            long below = w.b.organisation("CB-E1", "Chi bộ phân xưởng 1", OrganisationType.BRANCH).parent(committee)
                    .add();
            w.admissions(committee, LocalDate.of(2025, 2, 1), 1);
            w.admissions(below, LocalDate.of(2025, 2, 1), 1);
            // 50 workers: required 2; 1 + 1 = 2 admitted: met.
            assertThat(result(w.context(2025), "CT-PRIVATE-ADMIT").status()).isEqualTo(Status.MET);
        }

        @Test
        void aUnitWithoutWorkerCountIsLeftOutAndSaidSo() {
            unitWithBranch("F", null, 0);
            unitWithBranch("G", 20, 1);
            IndicatorResult r = result(w.context(2025), "CT-PRIVATE-ADMIT");
            assertThat(r.denominator()).isEqualTo(1);
            assertThat(r.reason().en()).contains("1 units without a stable worker count");
            assertThat(rows(w.context(2025), "CT-PRIVATE-ADMIT")).anyMatch(row -> row.status() == Status.NOT_ENOUGH_DATA);
        }

        @Test
        void unitsOfFiftyWorkersOrMoreShouldHaveAPartyOrganisation() {
            w.b.unit("S49", "Công ty 49", UnitKind.PRIVATE_COMPANY).area(w.wardArea).workers(49).add();
            long without = w.b.unit("S50", "Công ty 50", UnitKind.HOUSEHOLD_BUSINESS).area(w.wardArea).workers(50).add();
            unitWithBranch("S60", 60, 0);
            w.b.unit("SCH", "Trường tư thục", UnitKind.PRIVATE_SCHOOL).area(w.wardArea).workers(200).add();
            // Units of 50+ (school excluded): 50 without, 60 with -> 1/2 = 50 %.
            IndicatorResult r = result(w.context(2025), "CT-PRIVATE-ORG");
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
            DrillDownRow first = rows(w.context(2025), "CT-PRIVATE-ORG").get(0);
            assertThat(first.organisationId()).isEqualTo(without);
            assertThat(first.note().en()).isEqualTo("50 or more workers and no party organisation");
        }
    }
}
