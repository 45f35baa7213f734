package vn.dangbo.portal.it.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.it.host.PortalClient.MODULE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * bundles enabled: a central-staff journey, a provincial-staff journey and an administrator
 * journey, each saving screenshots under target/screenshots/; and the yearly report's
 * spreadsheet. One browser for all, to keep the time small.
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
        assertThat(browser.await(By.id("user-name")).getText()).isEqualTo("trunguong");
        assertThat(browser.await(By.id("user-role")).getText()).isEqualTo("Cán bộ Trung ương");
        assertThat(browser.all(By.cssSelector("nav a[href='registry.html']"))).as("no registry for central staff")
                .isEmpty();
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
        browser.awaitAttribute(By.tagName("body"), "data-trends", "ready");
        WebElement trend = browser.await(By.id("trend-TEST-GENERATION"));
        assertThat(trend.getAttribute("data-points")).as("a point for each of the 5 years with a figure")
                .isEqualTo("5");
        assertThat(browser.driver().findElement(By.id("trend-TEST-GENERATION-desc")).getAttribute("textContent"))
                .startsWith("2020: ").contains("2024: ");
        assertThat(browser.await(By.cssSelector("#common-table td[data-indicator='ADMISSIONS']")).getText())
                .isNotBlank();
        assertThat(browser.await(By.id("report-link")).getAttribute("href"))
                .endsWith("api/v1/provinces/test-good/report?year=2024");
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

        browser.atTabletWidth(() -> {
            browser.open(url("province.html?code=test-good&year=2024"));
            browser.awaitReady();
            browser.await(By.cssSelector(".card[data-indicator='TEST-GENERATION']"));
            assertThat(browser.horizontalOverflow()).as("the page fits a tablet's width").isLessThanOrEqualTo(0L);
            browser.screenshot("02b-trang-tinh-may-tinh-bang");
        });

        new Select(browser.await(By.id("lang-select"))).selectByValue("en");
        browser.await(By.xpath("//h1[normalize-space()='Action program']"));
        assertThat(browser.await(By.id("sign-out")).getText()).isEqualTo("Sign out");
        browser.awaitReady();
        assertThat(browser.await(By.cssSelector(".card[data-indicator='TEST-GENERATION']")).getText())
                .contains("Tracked");
        new Select(browser.await(By.id("lang-select"))).selectByValue("vi");
        browser.await(By.xpath("//h1[normalize-space()='Chương trình hành động']"));
        assertThat(browser.cspViolations()).isEmpty();

        measureConsolidatedRenderTime();
    }

    @Test
    void yearlyReportIsASpreadsheetOfTheProgramsIndicatorsAndSections() throws Exception {
        PortalClient central = new PortalClient(base.toURI(), "trunguong");
        PortalClient.Download report = central.download("api/v1/provinces/test-good/report?year=2025");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(report.disposition()).contains("bao-cao-test-good-2025.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.bytes()))) {
            Sheet first = book.getSheetAt(0);
            assertThat(first.getSheetName()).isEqualTo("Chỉ tiêu 2025");
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo năm 2025 — Cần Thơ");
            List<String> firstColumn = new ArrayList<>();
            List<String> names = new ArrayList<>();
            first.forEach(row -> {
                if (row.getCell(0) != null) {
                    firstColumn.add(row.getCell(0).getStringCellValue());
                }
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) {
                    names.add(row.getCell(1).getStringCellValue());
                }
            });
            assertThat(firstColumn).contains("TEST-GENERATION", "ADMISSIONS", "MEMBERS_AT_YEAR_END");
            assertThat(names).contains("Thế hệ của mô-đun thử nghiệm", "Kết nạp trong năm");
            assertThat(book.getNumberOfSheets()).as("a sheet per section of the plugin").isGreaterThan(1);
            Sheet section = book.getSheetAt(1);
            List<String> cells = new ArrayList<>();
            section.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(cells).as("plugin text stays text").contains("<script>alert('x')</script>");
        }
        assertThat(central.download("api/v1/provinces/test-good/report").status()).as("the year is required")
                .isEqualTo(400);
        assertThat(central.download("api/v1/provinces/no-such/report?year=2025").status()).isEqualTo(404);
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
    void provincialStaffFindsAPersonWithoutDiacriticsRecordsAnAdmissionAndSeesTheFigureChange() throws Exception {
        browser.signIn(base.toString(), "cantho");
        PortalClient staff = new PortalClient(base.toURI(), "cantho");
        String tag = Long.toString(System.nanoTime(), 36);
        long committee = created(staff.postJson("api/v1/organisations", organisation(tag + "-PC", "Đảng bộ thử "
                + tag, "PROVINCIAL_COMMITTEE", null)));
        long branch = created(staff.postJson("api/v1/organisations", organisation(tag + "-B", "Chi bộ thử " + tag,
                "GRASSROOTS_BRANCH", committee)));
        long merged = created(staff.postJson("api/v1/organisations", organisation(tag + "-M", "Chi bộ sáp nhập "
                + tag, "GRASSROOTS_BRANCH", committee)));
        long dissolved = created(staff.postJson("api/v1/organisations", organisation(tag + "-D", "Chi bộ giải thể "
                + tag, "GRASSROOTS_BRANCH", committee)));
        assertThat(staff.postJson("api/v1/organisations/" + merged + "/closure", "{\"lastDay\":\"2020-12-31\","
                + "\"successorIds\":[" + branch + "]}").status()).isEqualTo(204);
        assertThat(staff.postJson("api/v1/organisations/" + dissolved + "/closure", "{\"lastDay\":\"2021-06-30\"}")
                .status()).isEqualTo(204);
        long person = created(staff.postJson("api/v1/people", "{\"externalId\":\"" + tag + "\",\"fullName\":"
                + "\"Trần Thị Lý\",\"birthDate\":\"2005-01-01\",\"gender\":\"FEMALE\",\"ethnicity\":\"Kinh\"}"));
        assertThat(staff.postJson("api/v1/people/" + person + "/certificate", "{\"eventDate\":\"2022-01-10\"}")
                .status()).isEqualTo(201);

        browser.open(url("province.html?code=test-good&year=2023"));
        browser.awaitReady();
        assertThat(browser.await(By.id("user-role")).getText()).isEqualTo("Cán bộ tỉnh · can-tho");
        double before = admissionsOnProvincePage();

        browser.open(url("registry.html"));
        browser.awaitReady();
        browser.await(By.id("search-q")).sendKeys("tran thi ly");
        browser.await(By.cssSelector("form[role='search'] button[type='submit']")).click();
        browser.await(By.xpath("//ul[@id='people']//button[contains(., 'Trần Thị Lý') and contains(., '" + tag
                + "')]")).click();
        assertThat(browser.await(By.id("timeline")).getText()).contains("10/01/2022").contains("Giấy chứng nhận");

        new Select(browser.await(By.id("action-kind"))).selectByValue("admission");
        assertThat(browser.await(By.id("action-vote")).isDisplayed()).as("admission asks for the vote").isTrue();
        browser.await(By.id("action-date")).sendKeys("30/11/2022");
        browser.await(By.id("action-org")).clear();
        browser.await(By.id("action-org")).sendKeys(Long.toString(branch));
        browser.await(By.id("action-submit")).click();
        WebElement error = browser.await(By.id("action-date-error"));
        assertThat(error.getText()).as("the rule's reason beside the date field").contains("Chưa đủ tuổi")
                .contains("17 tuổi 10 tháng");
        assertThat(browser.await(By.id("action-date")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.scrollTo(By.id("person-name"));
        browser.screenshot("07-tu-choi-ket-nap");

        browser.await(By.id("action-date")).clear();
        browser.await(By.id("action-date")).sendKeys("31/02/2023");
        browser.await(By.id("action-submit")).click();
        assertThat(browser.await(By.id("action-date-error")).getText()).as("a date that is not one, said here")
                .contains("dd/mm/yyyy");

        browser.await(By.id("action-date")).clear();
        browser.await(By.id("action-date")).sendKeys("10/03/2023");
        browser.await(By.id("action-ref")).sendKeys("QĐ-" + tag);
        browser.await(By.id("action-submit")).click();
        browser.await(By.cssSelector("#action-result .message-ok"));
        assertThat(browser.await(By.id("timeline")).getText()).contains("10/03/2023 — Quyết định kết nạp")
                .contains("QĐ-" + tag);
        assertThat(browser.await(By.id("person-state")).getText()).isEqualTo("Đảng viên dự bị");
        browser.scrollTo(By.id("person-name"));
        browser.screenshot("08-ghi-nhan-ket-nap");

        new Select(browser.await(By.id("action-kind"))).selectByValue("exits");
        assertThat(browser.await(By.id("action-exit")).isDisplayed()).isTrue();
        assertThat(browser.all(By.id("action-vote")).get(0).isDisplayed()).as("fields of other actions hidden")
                .isFalse();
        // Removed again within the year: the admission stays in 2023's figure, and the tests after
        // this one find no member of can-tho at later year-ends, as before.
        new Select(browser.await(By.id("action-exit"))).selectByValue("REMOVAL");
        browser.await(By.id("action-date")).sendKeys("01/09/2023");
        browser.await(By.id("action-submit")).click();
        browser.await(By.cssSelector("#action-result .message-ok"));
        assertThat(browser.await(By.id("timeline")).getText()).contains("01/09/2023 — Ra khỏi Đảng · Xóa tên");
        assertThat(browser.await(By.id("person-state")).getText()).isEqualTo("Đã ra khỏi Đảng");

        browser.open(url("province.html?code=test-good&year=2023"));
        browser.awaitReady();
        assertThat(admissionsOnProvincePage()).as("the province's admission figure counts the new admission")
                .isEqualTo(before + 1);
        browser.scrollTo(By.id("common-title"));
        browser.screenshot("09-chi-tieu-chung-cua-tinh");

        browser.open(url("organisations.html?date=2023-06-01"));
        browser.awaitReady();
        assertThat(browser.await(By.id("tree-date")).getAttribute("value")).isEqualTo("01/06/2023");
        WebElement committeeNode = browser.await(By.cssSelector("li[data-org='" + committee + "']"));
        assertThat(committeeNode.findElement(By.tagName("details")).getAttribute("open"))
                .as("the provincial committee's level is open at first").isNotNull();
        WebElement branchCount = browser.await(By.cssSelector("li[data-org='" + branch + "'] .org-count"));
        assertThat(branchCount.getAttribute("data-members")).isEqualTo("1");
        assertThat(committeeNode.findElement(By.cssSelector(".org-count")).getAttribute("data-within"))
                .as("the committee counts the members below it").isEqualTo("1");
        assertThat(browser.all(By.cssSelector("li[data-org='" + merged + "']"))).as("closed: not in the tree")
                .isEmpty();
        WebElement mergedRow = browser.await(By.cssSelector("#closed-table tr[data-org='" + merged + "']"));
        assertThat(mergedRow.getText()).contains("31/12/2020").contains("Hợp nhất").contains("Chi bộ thử " + tag);
        assertThat(browser.await(By.cssSelector("#closed-table tr[data-org='" + dissolved + "']")).getText())
                .contains("30/06/2021").contains("Giải thể");
        browser.scrollTo(By.cssSelector("li[data-org='" + committee + "']"));
        browser.screenshot("10-cay-to-chuc");

        browser.await(By.id("tree-date")).clear();
        browser.await(By.id("tree-date")).sendKeys("01/06/2020");
        browser.await(By.cssSelector("#tree-form button[type='submit']")).click();
        browser.await(By.xpath("//h2[@id='tree-title' and contains(., '01/06/2020')]"));
        assertThat(browser.await(By.cssSelector("li[data-org='" + merged + "']")).isDisplayed())
                .as("on an earlier date the merged branch is still in the tree").isTrue();
        assertThat(browser.all(By.cssSelector("#closed-table tr[data-org='" + merged + "']"))).isEmpty();
        assertThat(browser.cspViolations()).isEmpty();

        browser.await(By.id("sign-out")).click();
        browser.awaitUrlContains("login.html");
        browser.open(url("registry.html"));
        browser.awaitUrlContains("login.html");
    }

    private static String organisation(String code, String name, String type, Long parent) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"sector\":"
                + "\"RESIDENTIAL\",\"formerProvince\":\"can-tho\"," + (parent == null ? "" : "\"parentId\":" + parent
                + ",") + "\"validFrom\":\"2000-01-01\"}";
    }

    /** The common ADMISSIONS figure of the province page shown. */
    private double admissionsOnProvincePage() {
        WebElement cell = browser.await(By.cssSelector("#common-table td[data-indicator='ADMISSIONS']"));
        String value = cell.getAttribute("data-value");
        assertThat(value).as("an admission count").isNotBlank();
        return Double.parseDouble(value);
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
