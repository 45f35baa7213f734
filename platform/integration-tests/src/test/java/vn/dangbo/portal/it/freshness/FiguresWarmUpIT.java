package vn.dangbo.portal.it.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.dangbo.portal.it.host.TestBundles;

/**
 * The figures the pages open with (last year's: the common figures of the home page, the province
 * page's indicators and sections) are computed in the background after a change, before anyone reads
 * them (host.program.FiguresWarmUp, quiet period 1.5 s by default): after a write, with no reader, the
 * cache holds them again within seconds (seen through a test-only servlet, {@link FiguresCacheProbe}), and
 * the reader then gets the new figure without anything being computed for it. A hanging plugin beside it
 * holds up neither the warm-up of the others nor its own readers' usual failure reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresWarmUpIT {

    private static final long TIMEOUT_MS = Long.getLong("portal.plugins.call-timeout-ms", 4000);
    /** The year the pages open on (js/layout.js: last year), as the server sees it. */
    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClass(FiguresCacheProbe.class);
    }

    @ArquillianResource
    URL base;

    private PortalClient admin;
    private final DongThap dongThap = new DongThap();
    private final PortalHttp staff = dongThap.staff();

    @BeforeEach
    void dongThapEnabled() throws Exception {
        admin = new PortalClient(base.toURI());
        admin.removeAllModules();
        enable(admin.upload(Files.readAllBytes(DongThap.jar())));
    }

    @AfterEach
    void noModules() {
        admin.removeAllModules();
    }

    @Test
    void afterAWriteTheFiguresAreWarmedWithoutAReaderAndTheReaderGetsTheNewOnes() throws Exception {
        Map<String, String> warm = awaitWarm("dong-thap");
        assertThat(warm).as("warmed after the module came, nobody having read").containsEntry("common", "true")
                .containsEntry("evaluate", "true").containsEntry("sections", "true");
        long members = membersAtYearEnd();
        String results = provinceResults();
        warm = probe("dong-thap");

        long branch = dongThap.branch("Đảng bộ thử làm nóng", "Chi bộ thử làm nóng");
        long person = dongThap.person("Trần Thị Ấm", "FEMALE");
        DongThap.created(staff.post("api/v1/people/" + person + "/certificate",
                "{\"eventDate\":\"" + (YEAR - 1) + "-11-01\"}"));
        DongThap.created(staff.post("api/v1/people/" + person + "/admission",
                "{\"eventDate\":\"" + YEAR + "-03-03\",\"organisationId\":" + branch + "}"));

        Map<String, String> rewarmed = awaitWarm("dong-thap");
        assertThat(Long.parseLong(rewarmed.get("runs"))).as("warmed up again after the writes")
                .isGreaterThan(Long.parseLong(warm.get("runs")));
        long computed = Long.parseLong(rewarmed.get("computations"));
        assertThat(membersAtYearEnd()).as("the warmed figure is the new one").isEqualTo(members + 1);
        assertThat(provinceResults()).as("the plugin's warmed figures are the new ones").isNotEqualTo(results);
        assertThat(Long.parseLong(probe("dong-thap").get("computations")))
                .as("the readers were served what the warm-up computed").isEqualTo(computed);
    }

    @Test
    void aHangingPluginHoldsUpNeitherTheOthersNorItsReadersUsualFailure() throws Exception {
        enable(admin.upload(TestBundles.bytes("hanging")));
        // A write: the warm-up runs again, with the hanging plugin among the programs.
        dongThap.create("organisations", dongThap.organisation("PC", "Đảng bộ thử treo", "PROVINCIAL_COMMITTEE", null));

        assertThat(awaitWarm("dong-thap")).containsEntry("evaluate", "true").containsEntry("sections", "true");
        assertThat(probe("test-hanging")).as("a failure is never kept").containsEntry("evaluate", "false");
        Reply hanging = admin.get("api/v1/provinces/test-hanging/indicators?year=" + YEAR);
        assertThat(hanging.status()).isEqualTo(200);
        assertThat(hanging.object().getString("resultsFailure"))
                .isEqualTo("evaluate(" + YEAR + "): no answer within " + TIMEOUT_MS + " ms");
        assertThat(provinceResults()).as("the others are served").isNotEmpty();
    }

    /** Polls the probe until the program's figures of the year are all kept and current (at most 30 s). */
    private Map<String, String> awaitWarm(String code) throws InterruptedException {
        Map<String, String> state = Map.of();
        for (int i = 0; i < 300; i++) {
            state = probe(code);
            if (warm(state)) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the figures of " + code + " for " + YEAR + " were not warmed within 30 s: " + state);
    }

    private static boolean warm(Map<String, String> state) {
        return List.of("common", "evaluate", "sections").stream().allMatch(kind -> "true".equals(state.get(kind)));
    }

    private Map<String, String> probe(String code) {
        HttpResponse<String> reply = PortalHttp.anonymous().get("it/figures-cache?code=" + code + "&year=" + YEAR);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        Map<String, String> state = new HashMap<>();
        for (String line : reply.body().split("\n")) {
            String[] pair = line.split("=", 2);
            state.put(pair[0], pair[1]);
        }
        return state;
    }

    private void enable(Reply uploaded) {
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        Reply enabled = admin.post("api/v1/modules/" + uploaded.object().getString("symbolicName") + "/enable");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    }

    private long membersAtYearEnd() {
        return dongThap.commonFigure(YEAR, "MEMBERS_AT_YEAR_END");
    }

    private String provinceResults() {
        return dongThap.provinceResults(YEAR);
    }
}
