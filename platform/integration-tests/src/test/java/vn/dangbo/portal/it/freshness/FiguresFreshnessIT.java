package vn.dangbo.portal.it.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import vn.dangbo.portal.it.PortalHttp;
import vn.dangbo.portal.it.host.PortalClient;
import vn.dangbo.portal.it.host.PortalClient.Reply;

/**
 * The indicator figures are kept between requests (plugin host's FiguresCache) but never older than
 * their data: with the real Đồng Tháp plugin (a province no other test counts exactly), a figure read twice (the second time from the cache)
 * changes in the very next request after a write through the API, in the consolidated view (computed
 * by the platform) and on the province page (computed by the plugin), and again after a setting change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresFreshnessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient admin;
    private final DongThap dongThap = new DongThap();
    private final PortalHttp staff = dongThap.staff();
    private final PortalHttp central = PortalHttp.session("trunguong");

    @BeforeEach
    void dongThapEnabled() throws Exception {
        admin = new PortalClient(base.toURI());
        admin.removeAllModules();
        Reply uploaded = admin.upload(Files.readAllBytes(DongThap.jar()));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        Reply enabled = admin.post("api/v1/modules/" + DongThap.MODULE + "/enable");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    }

    @AfterEach
    void defaultSettingAndNoModules() {
        // Settings are kept per program code beyond the module: leave the default for other tests.
        HttpResponse<String> reset = PortalHttp.as("admin").put("api/v1/provinces/dong-thap/settings/territory.mode",
                "{\"value\":\"FORMER_PROVINCE\"}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        admin.removeAllModules();
    }

    @Test
    void anAdmissionAndAnExitShowInTheVeryNextAnswer() {
        long branch = dongThap.branch("Đảng bộ thử tươi mới", "Chi bộ thử tươi mới");
        long person = dongThap.person("Lê Văn Tươi", "MALE");
        DongThap.created(staff.post("api/v1/people/" + person + "/certificate", "{\"eventDate\":\"2024-11-01\"}"));

        long members = membersAtYearEnd();
        long admissions = admissions();
        assertThat(membersAtYearEnd()).as("read again, unchanged").isEqualTo(members);
        String provincePage = provinceResults();
        assertThat(provinceResults()).as("read again, unchanged").isEqualTo(provincePage);
        // Read twice more: the answers' JSON is kept with the cached figures (FiguresJson) as well.
        long provinceAdmissions = provinceCommonFigure("ADMISSIONS");
        assertThat(provinceCommonFigure("ADMISSIONS")).as("read again, unchanged").isEqualTo(provinceAdmissions);

        DongThap.created(staff.post("api/v1/people/" + person + "/admission",
                "{\"eventDate\":\"2025-03-03\",\"organisationId\":" + branch + "}"));

        assertThat(membersAtYearEnd()).as("members on 31/12/2025 right after the admission").isEqualTo(members + 1);
        assertThat(admissions()).as("admissions in 2025 right after the admission").isEqualTo(admissions + 1);
        assertThat(provinceResults()).as("the plugin's own figures right after the admission")
                .isNotEqualTo(provincePage);
        assertThat(provinceCommonFigure("ADMISSIONS")).as("the province's common figures right after the admission")
                .isEqualTo(provinceAdmissions + 1);

        DongThap.created(staff.post("api/v1/people/" + person + "/exits",
                "{\"eventDate\":\"2025-06-02\",\"kind\":\"DEATH\"}"));
        assertThat(membersAtYearEnd()).as("members on 31/12/2025 right after the death").isEqualTo(members);
    }

    @Test
    void aKeptAnswerIsTheAnswerAsWrittenBefore() {
        for (String path : new String[] {"api/v1/consolidated?year=2025", "api/v1/provinces/dong-thap/indicators?year=2025",
                "api/v1/provinces/dong-thap/common?year=2025", "api/v1/provinces/dong-thap/sections?year=2025"}) {
            HttpResponse<String> first = central.get(path);
            HttpResponse<String> kept = central.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(kept.statusCode()).as(path).isEqualTo(200);
            assertThat(kept.body()).as(path).isEqualTo(first.body());
            assertThat(kept.headers().firstValue("Content-Type")).as(path).contains("application/json");
            assertThat(kept.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(kept.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void aSettingChangeShowsOnceTheProgramHasAppliedIt() throws Exception {
        assertThat(territoryMode()).isEqualTo("FORMER_PROVINCE");
        assertThat(territoryMode()).as("read again").isEqualTo("FORMER_PROVINCE");

        HttpResponse<String> changed = PortalHttp.as("admin").put("api/v1/provinces/dong-thap/settings/territory.mode",
                "{\"value\":\"MERGED_PROVINCE\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        // Configuration Admin hands the setting to the plugin asynchronously: wait until it says it applies it.
        String inForce = null;
        for (int i = 0; i < 50 && !"MERGED_PROVINCE".equals(inForce); i++) {
            Thread.sleep(100);
            inForce = admin.get("api/v1/provinces/dong-thap/readings").object().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("key").equals("territory.mode"))
                    .map(r -> r.getString("value")).findFirst().orElse(null);
        }
        assertThat(inForce).isEqualTo("MERGED_PROVINCE");
        assertThat(territoryMode()).isEqualTo("MERGED_PROVINCE");
    }

    private long membersAtYearEnd() {
        return commonFigure("MEMBERS_AT_YEAR_END");
    }

    private long admissions() {
        return commonFigure("ADMISSIONS");
    }

    private long commonFigure(String code) {
        return dongThap.commonFigure(2025, code);
    }

    private long provinceCommonFigure(String code) {
        HttpResponse<String> reply = staff.get("api/v1/provinces/dong-thap/common?year=2025");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return PortalHttp.json(reply.body()).getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("numerator").longValue();
    }

    private String territoryMode() {
        return dongThap.consolidated(2025).getString("territory");
    }

    private String provinceResults() {
        return dongThap.provinceResults(2025);
    }
}
