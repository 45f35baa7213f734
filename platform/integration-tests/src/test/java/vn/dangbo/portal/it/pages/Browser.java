package vn.dangbo.portal.it.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through the system's chromedriver, with a fresh
 * profile: no network access besides the portal, no first-run or sync. Screenshots go to
 * target/screenshots/.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    Browser() {
        try {
            profile = Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=vi-VN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // The pages redraw their content after an action: an element found a moment ago may be replaced.
        wait.ignoring(StaleElementReferenceException.class);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Signs in through the sign-in page as a demo account (password demo-&lt;name&gt;, see README),
     * after signing out whoever was signed in.
     */
    void signIn(String portalBase, String username) {
        driver.manage().deleteAllCookies();
        driver.get(portalBase + "login.html");
        await(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo-" + username);
        driver.findElement(By.id("login-submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.html"));
    }

    /** Waits until the page's content is in: the layout marks body[data-state=ready]. */
    void awaitReady() {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitGone(By by) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }

    void awaitAttribute(By by, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(by, attribute, value));
    }

    void awaitUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Runs the steps in a tablet's window (820 × 1180, portrait), then goes back to the laptop's. */
    void atTabletWidth(Runnable steps) {
        Dimension laptop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(820, 1180));
        try {
            steps.run();
        } finally {
            driver.manage().window().setSize(laptop);
        }
    }

    /** How many pixels the page is wider than the window (0 or less: no sideways scrolling). */
    long horizontalOverflow() {
        return ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /** Scrolls the element to the top of the window (for a screenshot). */
    void scrollTo(By by) {
        driver.executeScript("arguments[0].scrollIntoView(true);", driver.findElement(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Saves a screenshot as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages the page logged that report a Content-Security-Policy violation. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
