package vn.dangbo.portal.it.programs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.program.ProvinceProgram;
import vn.dangbo.portal.core.consolidated.CommonIndicatorCalculator;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;
import vn.dangbo.portal.it.host.PortalClient;
import vn.dangbo.portal.it.host.PortalClient.Reply;
import vn.dangbo.portal.plugin.cantho.CanThoProgram;
import vn.dangbo.portal.plugin.dongthap.DongThapProgram;
import vn.dangbo.portal.plugin.haiphong.HaiPhongProgram;
import vn.dangbo.portal.plugin.khanhhoa.KhanhHoaProgram;
import vn.dangbo.portal.program.support.ProgramComponent;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.web.rest.view.TargetView;

/**
 * The four real province plugins, signed by the build, installed into WildFly; a fixture
 * ({@link FourProvinces}) recorded through the portal's REST API as each province's staff would; then
 * every indicator of every program, and the common indicators of the consolidated view, read back
 * over HTTP and checked twice:
 * <ul>
 * <li>against figures computed by hand from the fixture (the arithmetic is in the comments), and</li>
 * <li>against the same fixture written into the test kit's in-memory world and evaluated there by the
 * same plugin classes: database-backed and in-memory query services must give identical numerator,
 * denominator, value, status, "exceeded" and "in period" for every indicator in 2023-2025 (the years
 * with and without data).</li>
 * </ul>
 * Other integration tests record organisations and people in these provinces, so the test first
 * deletes the provinces' records ({@link ProvinceDataWipe}, a test-only servlet) and deletes its own
 * afterwards, leaving the provinces as empty as it found them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramFiguresIT {

    private static final List<String> PROVINCES = List.of("can-tho", "hai-phong", "khanh-hoa", "dong-thap");
    private static final int[] YEARS = {2023, 2024, 2025};

    /** Shared by the test methods: the fixture is recorded once (several hundred REST calls). */
    private static URI portalBase;
    private static Throwable setupFailure;
    private static Fixture reference;
    private static final Map<String, ProvinceProgram> PROGRAMS = new LinkedHashMap<>();

    @Deployment(name = "portal", testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClass(ProvinceDataWipe.class);
    }

    @ArquillianResource
    URL base;

    private PortalClient admin;

    @BeforeEach
    void fourPluginsAndTheFixture() throws Exception {
        admin = new PortalClient(base.toURI());
        if (setupFailure != null) {
            throw new IllegalStateException("The fixture could not be recorded", setupFailure);
        }
        if (portalBase != null) {
            return;
        }
        portalBase = base.toURI();
        try {
            record();
        } catch (Exception | AssertionError e) {
            setupFailure = e;
            throw e;
        }
    }

    private void record() throws Exception {
        admin.removeAllModules();
        wipe(portalBase);
        for (String province : PROVINCES) {
            Reply uploaded = admin.upload(Files.readAllBytes(pluginJar(province)));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            Reply enabled = admin.post("api/v1/modules/" + module(province) + "/enable");
            assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        }
        PROGRAMS.put("can-tho", new CanThoProgram());
        PROGRAMS.put("hai-phong", new HaiPhongProgram());
        PROGRAMS.put("khanh-hoa", new KhanhHoaProgram());
        PROGRAMS.put("dong-thap", new DongThapProgram());

        String tag = "pf" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, PortalHttp> staff = new LinkedHashMap<>();
        staff.put("can-tho", PortalHttp.as("cantho"));
        staff.put("hai-phong", PortalHttp.as("haiphong"));
        staff.put("khanh-hoa", PortalHttp.as("khanhhoa"));
        staff.put("dong-thap", PortalHttp.as("dongthap"));
        staff.put("soc-trang", socTrangStaff(tag));
        new FourProvinces().write(new RestProgramWorld(tag, staff));
        TestkitProgramWorld memory = new TestkitProgramWorld();
        new FourProvinces().write(memory);
        reference = memory.build();
    }

    @AfterAll
    static void leaveTheProvincesEmpty() throws Exception {
        if (portalBase != null) {
            new PortalClient(portalBase).removeAllModules();
            wipe(portalBase);
        }
    }

    // ---- the database-backed figures equal the in-memory reference -------------------------------

    @Test
    @Order(1)
    void everyIndicatorOfEveryProgramMatchesTheInMemoryReference() {
        List<String> compared = new ArrayList<>();
        for (String province : PROVINCES) {
            ProvinceProgram program = PROGRAMS.get(province);
            for (int year : YEARS) {
                Map<String, JsonObject> served = indicators(province, year);
                List<IndicatorResult> expected = program.evaluate(reference.context(program.territory(), year));
                assertThat(served.keySet()).as(province + " " + year)
                        .containsExactlyElementsOf(expected.stream().map(IndicatorResult::code).toList());
                for (IndicatorResult result : expected) {
                    assertSame(province + " " + year, result, served.get(result.code()));
                    compared.add(result.code());
                }
            }
        }
        assertThat(compared.stream().distinct()).hasSize(31);
    }

    @Test
    @Order(2)
    void everyCommonIndicatorMatchesTheInMemoryReference() {
        for (int year : YEARS) {
            JsonObject consolidated = get("api/v1/consolidated?year=" + year);
            for (String province : PROVINCES) {
                ProvinceProgram program = PROGRAMS.get(province);
                List<IndicatorResult> expected = new CommonIndicatorCalculator()
                        .calculate(reference.context(program.territory(), year), program.ownTargets());
                JsonObject served = consolidatedOf(consolidated, province);
                List<JsonObject> results = served.getJsonArray("results").getValuesAs(JsonObject.class);
                assertThat(results).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertSame(province + " " + year + " consolidated", expected.get(i), results.get(i));
                }
            }
        }
    }

    // ---- figures computed by hand ---------------------------------------------------------------

    @Test
    @Order(3)
    void canThoFiguresComputedByHand() {
        Map<String, JsonObject> y2025 = indicators("can-tho", 2025);
        Map<String, JsonObject> y2024 = indicators("can-tho", 2024);
        // Grassroots organisations rated: 2025 G1 excellent, U1 good = 2 of 2 (> 90 %); 2024 G1, U1 of G1, U1, U2.
        expect(y2025, "CT-ORG-RATING", 2, 2, "MET");
        expect(y2024, "CT-ORG-RATING", 2, 3, "NOT_MET");
        // Members rated 2025: m1 good, m3 excellent, a1 good of m1, m2, m3, a1, a0 = 3 of 5; 2024: 3 of 4.
        expect(y2025, "CT-MEM-RATING", 3, 5, "NOT_MET");
        expect(y2024, "CT-MEM-RATING", 3, 4, "NOT_MET");
        // Ấp / khu vực H1, H2, H3: head of H1 m1 is a member, H2's (w1) is not, H3 vacant = 1 of 3.
        expect(y2025, "CT-HAMLET-HEAD", 1, 3, "NOT_MET");
        // Front heads: H1 m2 (member); H2 m4 died on 1/5/2025 (a member on 31/12/2024, not on 31/12/2025); H3 vacant.
        expect(y2025, "CT-FRONT-HEAD", 1, 3, "NOT_MET");
        expect(y2024, "CT-FRONT-HEAD", 2, 3, "NOT_MET");
        // Members on 31/12/2024: m1-m4 and a0, a1 = 6; admitted 2025: a2-a6 = 5 (Sóc Trăng's s1 is outside the
        // former territory): 5 / 6 = 83.33 %, above 3-4 %: met and exceeded.
        JsonObject rate = expect(y2025, "CT-ADMISSION-RATE", 5, 6, "MET");
        assertThat(rate.getBoolean("exceeded")).isTrue();
        assertThat(rate.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("83.33");
        // 2024: a0, a1 over m1-m4 = 2 / 4.
        expect(y2024, "CT-ADMISSION-RATE", 2, 4, "MET");
        expectCount(y2025, "CT-ADMISSION-COUNT", 5, "NOT_MET");
        // Branches of ấp / khu vực on 31/12/2025: B1, B2 (B3 closed 30/6/2025 into B1). Admissions: B1 a2 (made
        // by B3, passed to its successor), B2 a3 = 2 / 2 branches = 1.00, met at >= 1.
        JsonObject perBranch = expect(y2025, "CT-HAMLET-BRANCH-ADMIT", 2, 2, "MET");
        assertThat(perBranch.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("1.00");
        // 2024: B1 a1, B2 a0 over B1, B2, B3 = 2 / 3, outside the 2025-2030 period.
        JsonObject perBranch2024 = expect(y2024, "CT-HAMLET-BRANCH-ADMIT", 2, 3, "NOT_MET");
        assertThat(perBranch2024.getBoolean("inPeriod")).isFalse();
        // Such workers on 31/12/2025: w2 (B1's ấp, company Y without a party organisation) and w1 (B2's
        // khu vực, household business Z); only B2 introduced one (w1, 1/5/2025) = 1 of 2.
        expect(y2025, "CT-HAMLET-BRANCH-REFER", 1, 2, "NOT_MET");
        // Units with a party organisation: X (85 workers: 2 + 1 per full 30 above 50 = 3 required; U1 admitted
        // a4, a5 = 2) fails, W (30 workers: 1 required; U2 admitted a6) meets = 1 of 2.
        expect(y2025, "CT-PRIVATE-ADMIT", 1, 2, "NOT_MET");
        // Private companies and household businesses of 50+ workers: X (with U1), Y (none); the private school
        // of 70 is not an economic unit = 1 of 2.
        expect(y2025, "CT-PRIVATE-ORG", 1, 2, "NOT_MET");
    }

    @Test
    @Order(3)
    void haiPhongFiguresComputedByHand() {
        Map<String, JsonObject> y2025 = indicators("hai-phong", 2025);
        Map<String, JsonObject> y2024 = indicators("hai-phong", 2024);
        // Members on 31/12/2024: three since 2010 and h0 = 4; admitted 2025: h1, h2, h3, h4.
        expect(y2025, "HP-ADMISSION-RATE", 4, 4, "MET");
        expect(y2024, "HP-ADMISSION-RATE", 1, 3, "MET");
        // Direct committees on 31/12/2025: HD1, HC1 (HD2 closed into it), HD3; with a 2025 plan: HD1, HC1 = 2 / 3.
        expect(y2025, "HP-COMMITTEE-PLAN", 2, 3, "NOT_MET");
        expect(y2024, "HP-COMMITTEE-PLAN", 3, 3, "MET");
        // Quotas 2025: HD1 2 (admitted h1, h2: met); HC1 2 + HD2's 1 = 3 (admitted h3 by HB2 before the merger,
        // h4 by HB3 = 2: missed) = 1 / 2. 2024: HD1 0/1, HD2 0/1, HD3 1/1 (h0) = 1 / 3.
        expect(y2025, "HP-QUOTA-MET", 1, 2, "NOT_MET");
        expect(y2024, "HP-QUOTA-MET", 1, 3, "NOT_MET");
        // Students: h1 of 4 = 25 % > 15 %; 2024 the pupil h0 of 1.
        expect(y2025, "HP-STUDENT-SHARE", 1, 4, "MET");
        expect(y2024, "HP-STUDENT-SHARE", 1, 1, "MET");
        // Enterprise workers: h2 (company), h4 (state enterprise) of 4; h3 works in a household business.
        expect(y2025, "HP-WORKER-SHARE", 2, 4, "MET");
        expect(y2024, "HP-WORKER-SHARE", 0, 1, "NOT_MET");
        expectCount(y2025, "HP-RELIGIOUS", 2, "NOT_MET");
        expectCount(y2024, "HP-RELIGIOUS", 0, "NOT_MET");
        // Moves of certified candidates in 2025: k1 (notified), k2 (not); k3 uncertified, k4's certificate of
        // 2018 expired = 1 / 2. No move in 2024: not enough data.
        expect(y2025, "HP-CANDIDATE-HANDOVER", 1, 2, "NOT_MET");
        assertThat(y2024.get("HP-CANDIDATE-HANDOVER").getString("status")).isEqualTo("NOT_ENOUGH_DATA");
    }

    @Test
    @Order(3)
    void khanhHoaFiguresComputedByHand() {
        Map<String, JsonObject> y2025 = indicators("khanh-hoa", 2025);
        Map<String, JsonObject> y2024 = indicators("khanh-hoa", 2024);
        expectCount(y2025, "KH-ADMISSION-COUNT", 4, "NOT_MET");
        expectCount(y2024, "KH-ADMISSION-COUNT", 1, "NOT_MET");
        // 2021-2025: k2021, ka0, ka1-ka4 = 6 against the pace 9,351 x 5 / 5.
        expectCount(y2025, "KH-TERM-ADMISSIONS", 6, "NOT_MET");
        // Youth at the decision: ka1 30y11m (yes), ka2 31y0m (no), ka3 20 (yes), ka4 45 (no) = 2 / 4.
        expect(y2025, "KH-YOUTH-SHARE", 2, 4, "NOT_MET");
        expect(y2024, "KH-YOUTH-SHARE", 1, 1, "MET");
        // Thôn / tổ dân phố V1, V2, T1, T2: only V1 has a branch of its own (V2 and T1 share KB2) = 1 / 4.
        expect(y2025, "KH-INDEPENDENT-BRANCH", 1, 4, "NOT_MET");
        // Heads: V1 km1 (member), V2 kw (not), T1 km3 from 1/2/2025, T2 vacant (left out) = 2 / 3, rising from
        // 2024's 1 / 2 (T1 still vacant).
        expect(y2025, "KH-VILLAGE-HEAD", 2, 3, "MET");
        expect(y2024, "KH-VILLAGE-HEAD", 1, 2, "NOT_MET");
        // Units P1 (school), P2, P3: with members 2025 P1 (km1 teaches there from 2025), P2 = 2 / 3, rising from
        // 1 / 3; with a party organisation P2 = 1 / 3, unchanged: not met.
        JsonObject coverage = y2025.get("KH-PRIVATE-COVERAGE");
        assertThat(coverage.getString("status")).isEqualTo("NOT_MET");
        List<JsonObject> parts = coverage.getJsonArray("components").getValuesAs(JsonObject.class);
        assertThat(parts).hasSize(2);
        assertFigure(parts.get(0), 2, 3, "MET");
        assertFigure(parts.get(1), 1, 3, "NOT_MET");
        // Direct committees KD1 (term plan 2021-2025), KD2 (none) = 1 / 2.
        expect(y2025, "KH-COMMITTEE-PLAN", 1, 2, "NOT_MET");
    }

    @Test
    @Order(3)
    void dongThapFiguresComputedByHand() {
        Map<String, JsonObject> y2025 = indicators("dong-thap", 2025);
        Map<String, JsonObject> y2024 = indicators("dong-thap", 2024);
        // Committees DB1 {dm1}, DB2 {dm2, dm3}, DB3 {dm4}, DG1 {dm5, dm1}: 2025 all trained but dm3 = 3 / 4;
        // 2024 only dm1, dm3, dm5 = DB1, DG1 = 2 / 4.
        expect(y2025, "DT-COMMITTEE-TRAINING", 3, 4, "NOT_MET");
        expect(y2024, "DT-COMMITTEE-TRAINING", 2, 4, "NOT_MET");
        // Secretaries who head their branch's ấp / khóm: dm1 (DB1, 39 on 31/12/2025), dm2 (DB2, born
        // 31/12/1985: 40 that day); DB3's secretary is not the head = 1 / 2 = 50 %.
        expect(y2025, "DT-YOUNG-SECRETARY", 1, 2, "MET");
        // Members on 31/12/2025: dm1-dm5, dn1, away, dq, da1, da2 = 10; with a 2025 task: 5.
        expect(y2025, "DT-TASK-ASSIGNED", 5, 10, "NOT_MET");
        // Requests to leave while flagged: 2025 one (away), 2024 two (away, dq): trend down.
        JsonObject away = y2025.get("DT-AWAY-MEMBERS");
        assertThat(away.getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(away.getString("status")).isEqualTo("MET");
        assertThat(y2024.get("DT-AWAY-MEMBERS").getJsonNumber("numerator").longValue()).isEqualTo(2);
        // Quotas 2025 DD1 2 + DD2 1 = 3; admitted da2 (DB1 under DD1), da1 (DB4 under DD2) = 2 / 3.
        expect(y2025, "DT-PLAN-ACHIEVEMENT", 2, 3, "NOT_MET");
        // Members / population 500: 2025 10 = 2.00 % (< 2.2 %); 2024 12 (dl left, dx, dy, dz, da0 still in) = 2.40 %.
        expect(y2025, "DT-POPULATION-RATIO", 10, 500, "NOT_MET");
        expect(y2024, "DT-POPULATION-RATIO", 12, 500, "MET");
        // Removed dx, expelled dy, failed probation da0 = 3 (dz's death not counted); 2024: dl left = 1.
        expectCount(y2025, "DT-SCREENING", 3, "TRACKED");
        expectCount(y2024, "DT-SCREENING", 1, "TRACKED");
    }

    @Test
    @Order(3)
    void commonIndicatorsComputedByHand() {
        JsonObject consolidated = get("api/v1/consolidated?year=2025");
        Map<String, JsonObject> canTho = byCode(consolidatedOf(consolidated, "can-tho"));
        expectCount(canTho, "MEMBERS_AT_YEAR_END", 10, "TRACKED");
        // Cần Thơ's own target for admissions: 1,600-2,200.
        expectCount(canTho, "ADMISSIONS", 5, "NOT_MET");
        assertThat(canTho.get("ADMISSIONS").getJsonObject("target").getString("kind")).isEqualTo("BETWEEN");
        expect(canTho, "ADMISSION_RATE", 5, 6, "MET");
        // Youth: a3 (30y11m) and a5 (24) of a2-a6.
        expect(canTho, "YOUTH_SHARE", 2, 5, "TRACKED");
        expect(canTho, "ORGANISATIONS_RATED_GOOD", 2, 2, "MET");
        expect(canTho, "MEMBERS_RATED_GOOD", 3, 5, "NOT_MET");
        expect(canTho, "MEMBERS_PER_POPULATION", 10, 1000, "TRACKED");
        // Probation cohort of 2025 (ceremony + 12 months in 2025): a1 recognised 5 days late (on time), a0 never.
        expect(canTho, "PROBATION_ON_TIME", 1, 2, "TRACKED");
        expectCount(canTho, "PROBATION_OVERDUE", 1, "TRACKED");

        Map<String, JsonObject> dongThap = byCode(consolidatedOf(consolidated, "dong-thap"));
        // Đồng Tháp's own target: members per population >= 2.2 %.
        expect(dongThap, "MEMBERS_PER_POPULATION", 10, 500, "NOT_MET");
        Map<String, JsonObject> khanhHoa = byCode(consolidatedOf(consolidated, "khanh-hoa"));
        expect(khanhHoa, "YOUTH_SHARE", 2, 4, "NOT_MET");
        Map<String, JsonObject> haiPhong = byCode(consolidatedOf(consolidated, "hai-phong"));
        expectCount(haiPhong, "MEMBERS_AT_YEAR_END", 8, "TRACKED");
    }

    /**
     * 2023, a year the fixture recorded no ratings, training, tasks, plans or population for: those
     * shares are "not enough data" with a reason, while counts of events are a real zero.
     */
    @Test
    @Order(3)
    void aYearWithoutRecordsIsNotEnoughDataButCountsAreZero() {
        Map<String, JsonObject> canTho = indicators("can-tho", 2023);
        for (String code : List.of("CT-ORG-RATING", "CT-MEM-RATING")) {
            assertThat(canTho.get(code).getString("status")).as(code).isEqualTo("NOT_ENOUGH_DATA");
            assertThat(canTho.get(code).containsKey("reason")).as(code + " gives its reason").isTrue();
        }
        expectCount(canTho, "CT-ADMISSION-COUNT", 0, "NOT_MET");
        // Members since 2010 at the end of 2022: m1-m4 = 4; nobody admitted in 2023.
        expect(canTho, "CT-ADMISSION-RATE", 0, 4, "NOT_MET");
        Map<String, JsonObject> dongThap = indicators("dong-thap", 2023);
        for (String code : List.of("DT-COMMITTEE-TRAINING", "DT-TASK-ASSIGNED", "DT-PLAN-ACHIEVEMENT",
                "DT-POPULATION-RATIO", "DT-AWAY-MEMBERS")) {
            assertThat(dongThap.get(code).getString("status")).as(code).isEqualTo("NOT_ENOUGH_DATA");
        }
        expectCount(dongThap, "DT-SCREENING", 0, "TRACKED");
        Map<String, JsonObject> haiPhong = indicators("hai-phong", 2023);
        assertThat(haiPhong.get("HP-QUOTA-MET").getString("status")).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(haiPhong.get("HP-STUDENT-SHARE").getString("status")).as("no admissions").isEqualTo("NOT_ENOUGH_DATA");
    }

    // ---- listing, and a disabled plugin gone from all three answers ---------------------------------

    @Test
    @Order(4)
    void aDisabledProgramLeavesTheListItsIndicatorsAndTheConsolidatedView() {
        assertThat(programCodes()).containsExactlyInAnyOrderElementsOf(PROVINCES);
        assertThat(consolidatedCodes(2025)).containsExactlyInAnyOrderElementsOf(PROVINCES);

        Reply disabled = admin.post("api/v1/modules/" + module("hai-phong") + "/disable");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        try {
            assertThat(programCodes()).containsExactlyInAnyOrder("can-tho", "khanh-hoa", "dong-thap");
            assertThat(admin.get("api/v1/provinces/hai-phong/indicators?year=2025").status()).isEqualTo(404);
            assertThat(consolidatedCodes(2025)).containsExactlyInAnyOrder("can-tho", "khanh-hoa", "dong-thap");
            assertThat(admin.get("api/v1/provinces/can-tho/indicators?year=2025").status()).isEqualTo(200);
        } finally {
            Reply enabled = admin.post("api/v1/modules/" + module("hai-phong") + "/enable");
            assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        }
        assertThat(programCodes()).containsExactlyInAnyOrderElementsOf(PROVINCES);
        assertThat(indicators("hai-phong", 2025)).hasSize(7);
    }

    // ---- a reading switched at run time -------------------------------------------------------------

    /**
     * The administrator switches Cần Thơ to the merged territory: Sóc Trăng's records join its figures
     * at once, equal to the in-memory program under the same reading; the default is restored after.
     */
    @Test
    @Order(5)
    void theMergedTerritoryReadingAddsSocTrangAtOnce() throws Exception {
        CanThoProgram merged = new CanThoProgram();
        Method configure = ProgramComponent.class.getDeclaredMethod("configure", Map.class);
        configure.setAccessible(true);
        configure.invoke(merged, Map.of("territory.mode", "MERGED_PROVINCE"));
        try {
            chooseTerritory("MERGED_PROVINCE");
            Map<String, JsonObject> y2025 = indicators("can-tho", 2025);
            // a2-a6 and Sóc Trăng's s1 (admitted 1/2/2025).
            expectCount(y2025, "CT-ADMISSION-COUNT", 6, "NOT_MET");
            for (int year : YEARS) {
                Map<String, JsonObject> served = indicators("can-tho", year);
                for (IndicatorResult result : merged.evaluate(reference.context(merged.territory(), year))) {
                    assertSame("can-tho (merged territory) " + year, result, served.get(result.code()));
                }
            }
            // The consolidated view counts the same territory: 10 in Cần Thơ + Thạch Văn Sa and s1.
            Map<String, JsonObject> common = byCode(consolidatedOf(get("api/v1/consolidated?year=2025"), "can-tho"));
            expectCount(common, "MEMBERS_AT_YEAR_END", 12, "TRACKED");
        } finally {
            chooseTerritory("FORMER_PROVINCE");
        }
        expectCount(indicators("can-tho", 2025), "CT-ADMISSION-COUNT", 5, "NOT_MET");
    }

    /** PUT the setting as the administrator, then wait until the plugin reports it in force (asynchronous). */
    private void chooseTerritory(String value) throws Exception {
        HttpResponse<String> put = PortalHttp.as("admin").put("api/v1/provinces/can-tho/settings/territory.mode",
                Json.createObjectBuilder().add("value", value).build().toString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        String inForce = null;
        for (int i = 0; i < 100 && !value.equals(inForce); i++) {
            Thread.sleep(100);
            inForce = get("api/v1/provinces/can-tho/settings").getJsonArray("inForce").getValuesAs(JsonObject.class)
                    .stream().filter(r -> r.getString("key").equals("territory.mode"))
                    .map(r -> r.getString("value")).findFirst().orElse(null);
        }
        assertThat(inForce).isEqualTo(value);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The served result equals the in-memory one in every figure a page shows. */
    private static void assertSame(String where, IndicatorResult expected, JsonObject served) {
        String what = where + " " + expected.code();
        assertThat(served).as(what + " missing").isNotNull();
        assertThat(number(served, "numerator")).as(what + " numerator").isEqualTo(expected.numerator());
        assertThat(number(served, "denominator")).as(what + " denominator").isEqualTo(expected.denominator());
        assertThat(decimal(served, "value")).as(what + " value")
                .isEqualTo(expected.value() == null ? null : expected.value().stripTrailingZeros());
        assertThat(served.getString("status")).as(what + " status").isEqualTo(expected.status().name());
        assertThat(served.getBoolean("exceeded")).as(what + " exceeded").isEqualTo(expected.exceeded());
        assertThat(served.getBoolean("inPeriod")).as(what + " in period").isEqualTo(expected.inPeriod());
        assertThat(served.getJsonObject("target").getString("kind")).as(what + " target")
                .isEqualTo(TargetView.of(expected.target(), expected.measure()).kind());
        List<JsonObject> components = served.containsKey("components")
                ? served.getJsonArray("components").getValuesAs(JsonObject.class) : List.of();
        assertThat(components).as(what + " components").hasSameSizeAs(expected.components());
        for (int i = 0; i < components.size(); i++) {
            assertSame(what, expected.components().get(i), components.get(i));
        }
    }

    private static JsonObject expect(Map<String, JsonObject> results, String code, long numerator, long denominator,
            String status) {
        JsonObject result = results.get(code);
        assertThat(result).as(code).isNotNull();
        assertFigure(result, numerator, denominator, status);
        return result;
    }

    private static void assertFigure(JsonObject result, long numerator, long denominator, String status) {
        String code = result.getString("code");
        assertThat(number(result, "numerator")).as(code + " numerator").isEqualTo(numerator);
        assertThat(number(result, "denominator")).as(code + " denominator").isEqualTo(denominator);
        assertThat(result.getString("status")).as(code + " status").isEqualTo(status);
    }

    private static void expectCount(Map<String, JsonObject> results, String code, long count, String status) {
        JsonObject result = results.get(code);
        assertThat(result).as(code).isNotNull();
        assertThat(number(result, "numerator")).as(code + " count").isEqualTo(count);
        assertThat(result.getString("status")).as(code + " status").isEqualTo(status);
    }

    private static Long number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonNumber n ? n.longValueExact() : null;
    }

    private static BigDecimal decimal(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonNumber n ? n.bigDecimalValue().stripTrailingZeros() : null;
    }

    private Map<String, JsonObject> indicators(String province, int year) {
        JsonObject evaluation = get("api/v1/provinces/" + province + "/indicators?year=" + year);
        assertThat(evaluation.containsKey("resultsFailure")).as(province + " " + evaluation).isFalse();
        return byCode(evaluation);
    }

    private static Map<String, JsonObject> byCode(JsonObject withResults) {
        Map<String, JsonObject> byCode = new LinkedHashMap<>();
        withResults.getJsonArray("results").getValuesAs(JsonObject.class)
                .forEach(r -> byCode.put(r.getString("code"), r));
        return byCode;
    }

    private static JsonObject consolidatedOf(JsonObject consolidated, String province) {
        return consolidated.getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .filter(p -> province.equals(p.getString("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(province + " missing from " + consolidated));
    }

    private List<String> programCodes() {
        return admin.get("api/v1/provinces").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).toList();
    }

    private List<String> consolidatedCodes(int year) {
        return get("api/v1/consolidated?year=" + year).getJsonArray("provinces").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("code")).toList();
    }

    private JsonObject get(String path) {
        Reply reply = admin.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.object();
    }

    /** A staff account for Sóc Trăng (no demo account has it), created by the administrator. */
    private static PortalHttp socTrangStaff(String tag) {
        String username = "st-" + tag;
        String password = "soc-trang-" + tag;
        HttpResponse<String> created = PortalHttp.as("admin").post("api/v1/accounts", Json.createObjectBuilder()
                .add("username", username).add("displayName", "Cán bộ Sóc Trăng").add("password", password)
                .add("roles", Json.createArrayBuilder().add("PROVINCIAL_STAFF")).add("province", "soc-trang").build()
                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalHttp.basic(username, password);
    }

    private static void wipe(URI base) throws Exception {
        HttpResponse<String> wiped = PortalHttp.anonymous().send(HttpRequest.newBuilder(base.resolve("it/province-data-wipe"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(wiped.statusCode()).as(wiped.body()).isEqualTo(200);
    }

    private static String module(String province) {
        return "vn.dangbo.portal.plugin." + province;
    }

    private static Path pluginJar(String province) {
        return Path.of(System.getProperty("portal.plugins.dir"), province, "target",
                "portal-plugin-" + province + "-" + System.getProperty("portal.version") + ".jar");
    }
}
