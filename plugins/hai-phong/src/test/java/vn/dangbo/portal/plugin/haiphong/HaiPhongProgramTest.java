package vn.dangbo.portal.plugin.haiphong;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.plugin.haiphong.HaiPhongWorld.LONG_AGO;
import static vn.dangbo.portal.plugin.haiphong.HaiPhongWorld.result;
import static vn.dangbo.portal.plugin.haiphong.HaiPhongWorld.rows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.CommonIndicator;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.page.PageSection;
import vn.dangbo.portal.api.program.Reading;
import vn.dangbo.portal.testkit.MetatypeCheck;

class HaiPhongProgramTest {

    private final HaiPhongWorld w = new HaiPhongWorld();

    @Test
    void offersEveryIndicatorOfItsSection() {
        assertThat(HaiPhongWorld.program(Map.of()).indicators()).extracting(IndicatorDefinition::code)
                .containsExactly("HP-ADMISSION-RATE", "HP-COMMITTEE-PLAN", "HP-QUOTA-MET", "HP-STUDENT-SHARE",
                        "HP-WORKER-SHARE", "HP-RELIGIOUS", "HP-CANDIDATE-HANDOVER");
    }

    @Test
    void identitySettingsAndOwnTargets() {
        HaiPhongProgram program = HaiPhongWorld.program(Map.of());
        assertThat(program.identity().sourceText()).contains("kết nạp 15-20 người có đạo vào Đảng");
        assertThat(program.identity().firstYear()).isEqualTo(2023);
        assertThat(program.readingsInForce()).allMatch(Reading::isDefault).extracting(Reading::key)
                .containsExactly("worker.share.base", "religious.period", "territory.mode", "range.policy");
        assertThat(program.ownTargets()).isEqualTo(Map.of(CommonIndicator.ADMISSION_RATE, Target.between("3", "4")));
        MetatypeCheck.requireAgreement(
                getClass().getResourceAsStream("/OSGI-INF/metatype/vn.dangbo.portal.program.hai-phong.xml"),
                program.settings());
    }

    @Test
    void admissionRateUsesTheMembersOfThePreviousYearEnd() {
        // 40 members at 31/12/2023, 1 admission in 2024 -> 1/40 = 2.5 %: below 3 %.
        for (int i = 0; i < 40; i++) {
            w.b.person("m" + i, LONG_AGO).transferIn(LONG_AGO, w.leChanBranch).add();
        }
        w.admissions(w.leChanBranch, LocalDate.of(2024, 1, 1), 1);
        IndicatorResult r = result(w.context(2024), "HP-ADMISSION-RATE");
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(40);
        assertThat(r.value()).isEqualByComparingTo("2.5");
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        // The figure of 2022 is computed and flagged outside 2023-2030.
        assertThat(result(w.context(2022), "HP-ADMISSION-RATE").inPeriod()).isFalse();
    }

    @Nested
    class Plans {

        @Test
        void committeesWithAPlanForTheYear() {
            w.b.yearPlan(w.leChan, 2024, 10).termPlan(w.ngoQuyen, 2023, 2030, 80);
            // Only Lê Chân has a plan for 2024 (a term plan is not a yearly plan): 1/2.
            IndicatorResult r = result(w.context(2024), "HP-COMMITTEE-PLAN");
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
            assertThat(rows(w.context(2024), "HP-COMMITTEE-PLAN").get(0).organisationId()).isEqualTo(w.ngoQuyen);
        }

        @Test
        void noPlanAtAllIsNotEnoughData() {
            IndicatorResult r = result(w.context(2024), "HP-COMMITTEE-PLAN");
            assertThat(r.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
            assertThat(r.denominator()).isEqualTo(2);
        }

        @Test
        void quotaMetWhenAdmissionsReachIt() {
            w.b.yearPlan(w.leChan, 2024, 2).yearPlan(w.ngoQuyen, 2024, 3).yearPlan(w.city, 2024, 100);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 3, 1), 2);
            w.admissions(w.ngoQuyenBranch, LocalDate.of(2024, 3, 1), 2);
            // Lê Chân 2 ≥ 2 met; Ngô Quyền 2 < 3 not met -> 1/2 (the city committee is not a direct committee).
            IndicatorResult r = result(w.context(2024), "HP-QUOTA-MET");
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(2);
            DrillDownRow missed = rows(w.context(2024), "HP-QUOTA-MET").get(0);
            assertThat(missed.organisationId()).isEqualTo(w.ngoQuyen);
            assertThat(missed.numerator()).isEqualTo(2);
            assertThat(missed.denominator()).isEqualTo(3);
            assertThat(missed.note().en()).isEqualTo("Quota missed by 1");
        }

        @Test
        void quotasOfTwoCommitteesMergedInTheYearAreSummedForTheSuccessor() {
            long merged = w.b.organisation("HM", "Đảng bộ phường mới", OrganisationType.DIRECT_COMMITTEE).parent(w.city)
                    .validFrom(LocalDate.of(2025, 7, 1)).add();
            w.b.closed(w.leChan, LocalDate.of(2025, 6, 30), merged).closed(w.ngoQuyen, LocalDate.of(2025, 6, 30), merged);
            w.b.closed(w.leChanBranch, LocalDate.of(2025, 6, 30), merged);
            w.b.yearPlan(w.leChan, 2025, 2).yearPlan(w.ngoQuyen, 2025, 3);
            w.admissions(w.leChanBranch, LocalDate.of(2025, 3, 1), 2);
            w.admissions(merged, LocalDate.of(2025, 9, 1), 3);
            // The successor carries quota 2 + 3 = 5 and admissions 2 + 3 = 5: met, 1/1.
            IndicatorResult r = result(w.context(2025), "HP-QUOTA-MET");
            assertThat(r.denominator()).isEqualTo(1);
            assertThat(r.status()).isEqualTo(Status.MET);
            assertThat(rows(w.context(2025), "HP-QUOTA-MET").get(0).denominator()).isEqualTo(5);
        }

        @Test
        void noQuotaIsNotEnoughData() {
            w.b.yearPlan(w.leChan, 2024, null);
            assertThat(result(w.context(2024), "HP-QUOTA-MET").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class Occupations {

        @Test
        void studentShareIsStrictlyAboveFifteenPercent() {
            // 20 admissions: 2 pupils + 1 student = 3 -> 15 %, not > 15 %.
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 2, Occupation.PUPIL, false);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 1, Occupation.STUDENT, false);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 17, Occupation.FARMER, false);
            IndicatorResult r = result(w.context(2024), "HP-STUDENT-SHARE");
            assertThat(r.numerator()).isEqualTo(3);
            assertThat(r.denominator()).isEqualTo(20);
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        void enterpriseWorkersExcludeHouseholdBusinesses() {
            // 10 admissions: 2 company + 1 state enterprise + 3 household business -> 3/10 = 30 % > 20 %.
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 2, Occupation.COMPANY_WORKER, false);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 1, Occupation.STATE_ENTERPRISE_WORKER, false);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 3, Occupation.HOUSEHOLD_BUSINESS_WORKER, false);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 4, Occupation.FARMER, false);
            IndicatorResult r = result(w.context(2024), "HP-WORKER-SHARE");
            assertThat(r.numerator()).isEqualTo(3);
            assertThat(r.denominator()).isEqualTo(10);
            assertThat(r.status()).isEqualTo(Status.MET);
        }

        @Test
        void theOtherReadingIsAShareOfAllMembersOnYearEnd() {
            // Members on 31/12/2024: 1 company worker (job since 2010) and 4 others -> 1/5 = 20 %, not > 20 %.
            w.b.person("cn", LONG_AGO).transferIn(LONG_AGO, w.leChanBranch)
                    .job(LocalDate.of(2010, 1, 1), Occupation.COMPANY_WORKER).add();
            for (int i = 0; i < 4; i++) {
                w.b.person("o" + i, LONG_AGO).transferIn(LONG_AGO, w.leChanBranch).job(LONG_AGO, Occupation.TEACHER)
                        .add();
            }
            HaiPhongProgram allMembers = HaiPhongWorld.program(Map.of("worker.share.base", "ALL_MEMBERS"));
            IndicatorResult r = HaiPhongWorld.result(allMembers, w.context(2024), "HP-WORKER-SHARE");
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(5);
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
            assertThat(allMembers.indicators().get(4).period()).isEqualTo(PeriodKind.AS_OF_DATE);
        }

        @Test
        void noAdmissionsIsNotEnoughDataForAShare() {
            assertThat(result(w.context(2024), "HP-STUDENT-SHARE").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class Religious {

        @Test
        void yearlyCountOfReligiousAdmissions() {
            w.admissions(w.leChanBranch, LocalDate.of(2023, 6, 1), 10, Occupation.FARMER, true);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 7, Occupation.FARMER, true);
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 5, Occupation.FARMER, false);
            // 2024: 7 religious, below 15.
            IndicatorResult yearly = result(w.context(2024), "HP-RELIGIOUS");
            assertThat(yearly.numerator()).isEqualTo(7);
            assertThat(yearly.status()).isEqualTo(Status.NOT_MET);
            // Whole period: 10 + 7 = 17 from 2023 to 2024, within 15-20.
            IndicatorResult whole = HaiPhongWorld.result(HaiPhongWorld.program(Map.of("religious.period",
                    "WHOLE_PERIOD")), w.context(2024), "HP-RELIGIOUS");
            assertThat(whole.numerator()).isEqualTo(17);
            assertThat(whole.status()).isEqualTo(Status.MET);
        }

        @Test
        void zeroIsARealZero() {
            IndicatorResult r = result(w.context(2024), "HP-RELIGIOUS");
            assertThat(r.status()).isEqualTo(Status.NOT_MET);
            assertThat(r.value()).isEqualByComparingTo("0");
        }

        @Test
        void aboveTwentyIsExceededUnlessOnlyInsideTheRange() {
            w.admissions(w.leChanBranch, LocalDate.of(2024, 6, 1), 21, Occupation.FARMER, true);
            assertThat(result(w.context(2024), "HP-RELIGIOUS").exceeded()).isTrue();
            assertThat(result(w.context(2024), "HP-RELIGIOUS").status()).isEqualTo(Status.MET);
            assertThat(HaiPhongWorld.result(HaiPhongWorld.program(Map.of("range.policy", "ONLY_INSIDE")),
                    w.context(2024), "HP-RELIGIOUS").status()).isEqualTo(Status.NOT_MET);
        }
    }

    @Nested
    class Handover {

        @Test
        void movesNotifiedByTheOriginOverAllSuchMoves() {
            long p1 = w.b.person("QC1", LocalDate.of(2003, 1, 1)).certificate(LocalDate.of(2023, 5, 1)).add();
            long p2 = w.b.person("QC2", LocalDate.of(2003, 1, 1)).certificate(LocalDate.of(2023, 5, 1)).add();
            long m1 = w.b.candidateMove(p1, w.leChanBranch, "Xã An Lư, Thủy Nguyên", LocalDate.of(2024, 2, 1));
            w.b.candidateMove(p2, w.leChanBranch, "Tỉnh Nam Định", LocalDate.of(2024, 3, 1));
            w.b.notice(m1, w.leChanBranch, LocalDate.of(2024, 2, 10), false);
            // 1 of 2 notified -> 50 %.
            IndicatorResult r = result(w.context(2024), "HP-CANDIDATE-HANDOVER");
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(rows(w.context(2024), "HP-CANDIDATE-HANDOVER")).extracting(row -> row.note().en())
                    .containsExactly("The origin has not notified the destination",
                            "Notified; the destination has not acknowledged");
            PageSection.Table table = (PageSection.Table) HaiPhongWorld.program(Map.of()).sections(w.context(2024))
                    .get(0);
            assertThat(table.rows()).hasSize(2);
        }

        @Test
        void noMoveIsNotEnoughData() {
            assertThat(result(w.context(2024), "HP-CANDIDATE-HANDOVER").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }
}
