package vn.dangbo.portal.it.consolidated;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.it.host.PortalClient.MODULE;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.host.PortalClient;
import vn.dangbo.portal.it.host.PortalClient.Reply;
import vn.dangbo.portal.it.host.TestBundles;

/**
 * GET /api/v1/consolidated and the province page's endpoints, with the signed test bundles: the
 * common indicators of every enabled program, each with its own target, and a disabled module's
 * province gone from the answer at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsolidatedRestIT {

    private static final String THROWING = "vn.dangbo.portal.fixture.throwing";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient portal;

    @BeforeEach
    void twoEnabledModules() throws Exception {
        portal = new PortalClient(base.toURI());
        portal.removeAllModules();
        portal.upload(TestBundles.bytes("good-v1"));
        portal.post("api/v1/modules/" + MODULE + "/enable");
        portal.upload(TestBundles.bytes("throwing"));
        portal.post("api/v1/modules/" + THROWING + "/enable");
    }

    @AfterEach
    void noModules() {
        portal.removeAllModules();
    }

    @Test
    void everyEnabledProgramHasTheCommonIndicatorsWithItsOwnTarget() {
        Reply reply = portal.get("api/v1/consolidated?year=2025");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject body = reply.object();
        assertThat(body.getInt("year")).isEqualTo(2025);
        assertThat(body.getJsonArray("indicators").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("code")).containsExactly("MEMBERS_AT_YEAR_END", "ADMISSIONS",
                        "ADMISSION_RATE", "YOUTH_SHARE", "ORGANISATIONS_RATED_GOOD", "MEMBERS_RATED_GOOD",
                        "MEMBERS_PER_POPULATION", "PROBATION_ON_TIME", "PROBATION_OVERDUE");
        assertThat(codes(body)).containsExactly("test-good", "test-throwing");

        JsonObject good = province(body, "test-good");
        assertThat(good.getString("provinceCode")).isEqualTo("can-tho");
        assertThat(good.getJsonObject("provinceName").getString("vi")).isEqualTo("Cần Thơ");
        List<JsonObject> results = good.getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).hasSize(9);
        JsonObject admissions = results.get(1);
        assertThat(admissions.getString("code")).isEqualTo("ADMISSIONS");
        assertThat(admissions.getJsonObject("target").getString("kind")).isEqualTo("AT_LEAST");
        assertThat(admissions.getJsonObject("target").getJsonObject("text").getString("vi")).isEqualTo("≥ 1");
        assertThat(admissions.getJsonObject("target").getJsonArray("values").getJsonNumber(0).intValue())
                .isEqualTo(1);
        assertThat(admissions.getJsonNumber("numerator").longValue()).isZero();
        assertThat(admissions.getString("status")).isEqualTo("NOT_MET");
        assertThat(admissions.getJsonObject("statusLabel").getString("vi")).isEqualTo("Chưa đạt");

        JsonObject rate = results.get(2);
        assertThat(rate.getString("status")).as("no members at the previous year-end").isEqualTo("NOT_ENOUGH_DATA");
        assertThat(rate.getJsonObject("target").getString("kind")).as("no own target: tracked").isEqualTo("TRACKED");
        assertThat(rate.getJsonObject("statusLabel").getString("en")).isEqualTo("Not enough data");

        JsonObject throwing = province(body, "test-throwing");
        assertThat(throwing.getJsonArray("results")).as("computed by the platform, not the plugin").hasSize(9);
        assertThat(throwing.getJsonArray("results").getJsonObject(1).getJsonObject("target").getString("kind"))
                .isEqualTo("TRACKED");
    }

    @Test
    void aDisabledModuleLeavesTheConsolidatedAnswerAtOnceAndComesBackWhenEnabled() {
        assertThat(codes(portal.get("api/v1/consolidated?year=2024").object())).contains("test-good");

        Reply disabled = portal.post("api/v1/modules/" + MODULE + "/disable");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(codes(portal.get("api/v1/consolidated?year=2024").object())).containsExactly("test-throwing");

        portal.post("api/v1/modules/" + MODULE + "/enable");
        assertThat(codes(portal.get("api/v1/consolidated?year=2024").object()))
                .containsExactly("test-good", "test-throwing");
    }

    @Test
    void aMissingOrImpossibleYearIsAProblem() {
        Reply missing = portal.get("api/v1/consolidated");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(portal.get("api/v1/consolidated?year=1800").status()).isEqualTo(400);
    }

    @Test
    void theProvincePageHasTargetsAsDataDrillDownRowsAndSectionsAndAFailingPluginGivesItsReason() {
        JsonObject evaluation = portal.get("api/v1/provinces/test-good/indicators?year=2025").object();
        assertThat(evaluation.getJsonArray("definitions").getJsonObject(0).getJsonObject("target")
                .getString("kind")).isEqualTo("TRACKED");
        assertThat(evaluation.getJsonArray("results").getJsonObject(0).getJsonObject("statusLabel")
                .getString("vi")).isEqualTo("Theo dõi");

        JsonObject drill = portal.get("api/v1/provinces/test-good/indicators/TEST-GENERATION/drilldown?year=2025")
                .object();
        assertThat(drill.get("failure")).as("JSON-B leaves out a null failure").isNull();
        assertThat(drill.getJsonArray("items").getJsonObject(0).getString("label")).isEqualTo("Chi bộ thử nghiệm số 1");

        JsonObject sections = portal.get("api/v1/provinces/test-good/sections?year=2025").object();
        JsonObject table = sections.getJsonArray("items").getJsonObject(0);
        assertThat(table.getString("kind")).isEqualTo("TABLE");
        assertThat(table.getJsonArray("rows").getJsonArray(0).getString(0)).isEqualTo("<script>alert('x')</script>");

        JsonObject failed = portal.get("api/v1/provinces/test-throwing/indicators/TEST-BROKEN/drilldown?year=2025")
                .object();
        assertThat(failed.getJsonArray("items")).isEmpty();
        assertThat(failed.getString("failure")).contains("fails on purpose");
        assertThat(portal.get("api/v1/provinces/no-such/sections?year=2025").status()).isEqualTo(404);
    }

    private static List<String> codes(JsonObject consolidated) {
        return consolidated.getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).toList();
    }

    private static JsonObject province(JsonObject consolidated, String code) {
        return consolidated.getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .filter(p -> code.equals(p.getString("code"))).findFirst().orElseThrow();
    }
}
