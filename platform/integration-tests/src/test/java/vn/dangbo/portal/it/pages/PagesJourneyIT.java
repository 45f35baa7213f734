package vn.dangbo.portal.it.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.it.host.PortalClient.MODULE;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.host.PortalClient;
import vn.dangbo.portal.it.host.TestBundles;

/**
 * The pages in a real browser (headless Chromium) against the deployed WAR with the signed test
 * bundles enabled: a central-staff journey and an administrator journey, each saving screenshots
 * under target/screenshots/. One browser for both, to keep the time small.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesJourneyIT {

    private static final String THROWING = "vn.dangbo.portal.fixture.throwing";
    private static final By PROVINCE_GOOD = By.cssSelector("th[data-province='test-good']");
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient portal;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void twoProvinceModules() throws Exception {
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
    void centralStaffComparesProvincesOpensOneAndDrillsDown() throws IOException {
        browser.signIn(base.toString(), "trunguong");
        browser.open(url("index.html?year=2025"));
        browser.awaitReady();
        WebElement table = browser.await(By.id("consolidated-table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).contains("2025");
        assertThat(browser.await(PROVINCE_GOOD).getText()).contains("Cần Thơ");
        WebElement admissions = table.findElement(
                By.cssSelector("tbody tr:nth-child(2) td[data-indicator='ADMISSIONS']"));
        assertThat(admissions.getText()).as("the province's own target beside its figure, status as text")
                .contains("Mục tiêu: ≥ 1").contains("Chưa đạt");
        assertThat(admissions.getAttribute("data-status")).isEqualTo("NOT_MET");
        assertThat(browser.all(By.cssSelector("svg#rate-chart, svg[aria-labelledby^='rate-chart']"))).hasSize(1);
        browser.await(By.cssSelector("svg[aria-labelledby^='trend-chart']"));
        browser.screenshot("01-tong-hop");

        new Select(browser.await(By.id("year-select"))).selectByValue("2024");
        browser.awaitAttribute(By.tagName("body"), "data-year", "2024");
        browser.awaitReady();
        assertThat(browser.await(By.cssSelector("#consolidated-table caption")).getText()).contains("2024");
        assertThat(browser.driver().getCurrentUrl()).contains("year=2024");

        browser.await(By.cssSelector("th[data-province='test-good'] a")).click();
        browser.awaitReady();
        WebElement card = browser.await(By.cssSelector(".card[data-indicator='TEST-GENERATION']"));
        assertThat(browser.driver().getCurrentUrl()).contains("code=test-good").contains("year=2024");
        assertThat(card.getText()).contains("Thế hệ của mô-đun thử nghiệm").contains("Theo dõi")
                .as("the test program runs 2025-2030").contains("Ngoài giai đoạn của chương trình");
        WebElement pluginCell = browser.await(By.cssSelector(".plugin-section td"));
        assertThat(pluginCell.getText()).as("plugin data is text, never markup")
                .isEqualTo("<script>alert('x')</script>");
        browser.screenshot("02-trang-tinh");

        card.findElement(By.cssSelector("details.drilldown summary")).click();
        browser.awaitAttribute(By.cssSelector(".card[data-indicator='TEST-GENERATION'] .drill-rows"), "data-loaded",
                "true");
        assertThat(card.findElement(By.cssSelector(".drill-table")).getText()).contains("Chi bộ thử nghiệm số 1");
        browser.scrollTo(By.cssSelector(".card[data-indicator='TEST-GENERATION']"));
        browser.screenshot("03-chi-tiet-to-chuc");

        new Select(browser.await(By.id("lang-select"))).selectByValue("en");
        browser.await(By.xpath("//h1[normalize-space()='Action program']"));
        browser.awaitReady();
        assertThat(browser.await(By.cssSelector(".card[data-indicator='TEST-GENERATION']")).getText())
                .contains("Tracked");
        new Select(browser.await(By.id("lang-select"))).selectByValue("vi");
        browser.await(By.xpath("//h1[normalize-space()='Chương trình hành động']"));
        assertThat(browser.cspViolations()).isEmpty();

        measureConsolidatedRenderTime();
    }

    @Test
    void administratorDisablesAModuleEnablesItAgainAndReadsTheRefusalOfABadBundle() throws IOException {
        browser.signIn(base.toString(), "admin");
        By goodRow = By.cssSelector("tr[data-module='" + MODULE + "']");
        browser.open(url("modules.html"));
        browser.awaitReady();
        assertThat(browser.await(goodRow).getText()).contains("ACTIVE").contains("can-tho");
        browser.screenshot("04-quan-tri-mo-dun");

        browser.await(By.cssSelector("button[data-action='disable'][data-module='" + MODULE + "']")).click();
        browser.awaitAttribute(goodRow, "data-enabled", "false");
        browser.open(url("index.html?year=2025"));
        browser.awaitReady();
        browser.await(By.cssSelector("th[data-province='test-throwing']"));
        assertThat(browser.all(PROVINCE_GOOD)).as("a disabled module's province leaves the page").isEmpty();
        browser.screenshot("05-tong-hop-sau-khi-tat");

        browser.open(url("modules.html"));
        browser.awaitReady();
        browser.await(By.cssSelector("button[data-action='enable'][data-module='" + MODULE + "']")).click();
        browser.awaitAttribute(goodRow, "data-enabled", "true");
        browser.open(url("index.html?year=2025"));
        browser.awaitReady();
        assertThat(browser.await(PROVINCE_GOOD).getText()).contains("Cần Thơ");

        Path bad = Files.createTempFile("unresolvable-", ".jar");
        try {
            Files.write(bad, TestBundles.bytes("unresolvable"));
            browser.open(url("modules.html"));
            browser.awaitReady();
            browser.await(By.id("module-file")).sendKeys(bad.toAbsolutePath().toString());
            browser.await(By.id("check-button")).click();
            WebElement report = browser.await(By.id("check-report"));
            assertThat(report.getText()).contains("Kiểm tra không đạt").contains("com.example.missing");
            assertThat(browser.await(By.id("install-button")).isEnabled()).as("nothing to install").isFalse();
            browser.scrollTo(By.id("upload-form"));
            browser.screenshot("06-tu-choi-mo-dun");
        } finally {
            Files.deleteIfExists(bad);
        }
        assertThat(portal.get("api/v1/modules").array()).hasSize(2);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void registryFindsAPersonWithoutDiacriticsAndShowsARefusalBesideTheField() throws Exception {
        browser.signIn(base.toString(), "cantho");
        PortalClient staff = new PortalClient(base.toURI(), "cantho");
        String tag = Long.toString(System.nanoTime(), 36);
        long committee = created(staff.postJson("api/v1/organisations", "{\"code\":\"" + tag + "-PC\",\"name\":"
                + "\"Đảng bộ thử\",\"type\":\"PROVINCIAL_COMMITTEE\",\"sector\":\"RESIDENTIAL\",\"formerProvince\":"
                + "\"can-tho\",\"validFrom\":\"2000-01-01\"}"));
        long branch = created(staff.postJson("api/v1/organisations", "{\"code\":\"" + tag + "-B\",\"name\":"
                + "\"Chi bộ thử\",\"type\":\"GRASSROOTS_BRANCH\",\"sector\":\"RESIDENTIAL\",\"formerProvince\":"
                + "\"can-tho\",\"parentId\":" + committee + ",\"validFrom\":\"2000-01-01\"}"));
        long person = created(staff.postJson("api/v1/people", "{\"externalId\":\"" + tag + "\",\"fullName\":"
                + "\"Trần Thị Lý\",\"birthDate\":\"2006-07-01\",\"gender\":\"FEMALE\",\"ethnicity\":\"Kinh\"}"));
        assertThat(staff.postJson("api/v1/people/" + person + "/certificate", "{\"eventDate\":\"2024-01-10\"}")
                .status()).isEqualTo(201);

        browser.open(url("registry.html"));
        browser.awaitReady();
        browser.await(By.id("search-q")).sendKeys("tran thi ly");
        browser.await(By.cssSelector("form[role='search'] button[type='submit']")).click();
        browser.await(By.xpath("//ul[@id='people']//button[contains(., 'Trần Thị Lý')]")).click();
        assertThat(browser.await(By.id("timeline")).getText()).contains("10/01/2024").contains("Giấy chứng nhận");

        new Select(browser.await(By.id("action-kind"))).selectByValue("admission");
        browser.await(By.id("action-date")).sendKeys("30/06/2024");
        browser.await(By.id("action-org")).sendKeys(Long.toString(branch));
        browser.await(By.cssSelector("#action-form button[type='submit']")).click();
        WebElement error = browser.await(By.id("action-date-error"));
        assertThat(error.getText()).as("the rule's reason beside the date field").contains("17 tuổi 11 tháng");
        assertThat(browser.await(By.id("action-date")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.scrollTo(By.id("person-name"));
        browser.screenshot("07-tra-cuu-dang-vien");
        assertThat(browser.cspViolations()).isEmpty();
    }

    private static long created(PortalClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    /**
     * Opens the consolidated page a few times and records navigation start → content rendered
     * (body[data-render-ms], set by the layout when the table is in) in target/pages-render.txt.
     */
    private void measureConsolidatedRenderTime() throws IOException {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            browser.open(url("index.html?year=2025&run=" + i));
            browser.awaitReady();
            browser.await(By.id("consolidated-table"));
            millis.add(Long.parseLong(browser.driver().findElement(By.tagName("body")).getAttribute("data-render-ms")));
        }
        List<Long> warm = millis.subList(1, millis.size()).stream().sorted().toList();
        String line = "consolidated page render (navigation start -> table rendered), 2 programs, empty database: first "
                + millis.get(0) + " ms, warm median " + warm.get(warm.size() / 2) + " ms, warm max "
                + warm.get(warm.size() - 1) + " ms (runs " + millis + ")";
        System.out.println(line);
        Files.writeString(Path.of("target", "pages-render.txt"), line + System.lineSeparator());
        assertThat(warm.get(warm.size() / 2)).as("warm render time in ms").isLessThan(5_000L);
    }

    private String url(String page) {
        return base.toString() + page;
    }
}
