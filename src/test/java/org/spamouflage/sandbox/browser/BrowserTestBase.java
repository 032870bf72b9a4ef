package org.spamouflage.sandbox.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the real-browser tests: the whole app on a random port with its database in a temp
 * directory, and one headless Debian Chromium per test class driven by the system chromedriver
 * (Selenium is never allowed to download a browser or driver). Subclasses are named {@code *IT}
 * so failsafe runs them in {@code mvn verify}; {@code -DskipBrowserTests=true} skips them.
 *
 * <p>Helpers: {@link #open} a route and wait for Vaadin, {@link #waitForCharts} until every
 * {@code <sandbox-chart>} reports its spec drawn, {@link #screenshot} into {@code
 * target/screenshots/}, {@link #alerts()} lists any {@code alert/confirm/prompt} call the page made
 * (they are recorded instead of opened), {@link #applicationLog()} is everything the JVM printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    /** Debian's chromium; another browser binary can be given with {@code -Dsandbox.chromium=...}. */
    public static final String CHROMIUM = System.getProperty("sandbox.chromium", "/usr/bin/chromium");
    /** Debian's chromedriver (package chromium-driver); override with {@code -Dsandbox.chromedriver=...}. */
    public static final String CHROMEDRIVER = System.getProperty("sandbox.chromedriver", "/usr/bin/chromedriver");
    protected static final Duration TIMEOUT = Duration.ofSeconds(30);

    // One database directory per JVM: Spring may reuse this context for several test classes.
    private static final Path DATA_DIR = tempDir("sandbox-browser-db-");

    static {
        ConsoleRecorder.install();
        // Charts draw at once, so "rendered" means final and screenshots are stable.
        System.setProperty(SandboxChart.ANIMATION_PROPERTY, "false");
    }

    protected static ChromeDriver driver;
    private static Path profileDir;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("sandbox.db.path", () -> DATA_DIR.resolve("sandbox").toString());
    }

    @BeforeAll
    static void startBrowser() {
        profileDir = tempDir("sandbox-chromium-profile-");
        driver = startChrome(profileDir, false);
    }

    /**
     * A new headless Chromium with its own profile (a second browser is a second user: its own
     * cookies and session). With {@code networkLog}, Chrome's performance log records every network
     * response and WebSocket frame (read with {@code driver.manage().logs().get("performance")}).
     */
    protected static ChromeDriver startChrome(Path profile, boolean networkLog) {
        return startChrome(profile, networkLog, null);
    }

    /**
     * Like {@link #startChrome(Path, boolean)}, with the browser's language (e.g. {@code fr-CA}):
     * its interface and the {@code Accept-Language} header it sends; null keeps the default.
     */
    protected static ChromeDriver startChrome(Path profile, boolean networkLog, String language) {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
        }
        if (networkLog) {
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        }
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Record dialogs instead of opening them, on every page, before any page script runs.
        // ... and every Content-Security-Policy violation (read with cspViolations()).
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__sandboxCsp = [];
                document.addEventListener('securitypolicyviolation', function (e) {
                  window.__sandboxCsp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '?')
                    + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber);
                });
                window.__sandboxAlerts = [];
                ['alert', 'confirm', 'prompt'].forEach(function (name) {
                  window[name] = function (message) { window.__sandboxAlerts.push(name + ': ' + message); };
                });
                """));
        return chrome;
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        deleteQuietly(profileDir);
    }

    /** Opens {@code path} (e.g. {@code "/chart-demo"}) and waits until Vaadin has finished loading. */
    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitUntil("Vaadin did not finish loading " + path, () -> Boolean.TRUE.equals(js("""
                var flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) return false;
                return Object.keys(flow.clients).every(function (k) {
                  var c = flow.clients[k];
                  return !(c.isActive && c.isActive());
                });
                """)));
    }

    /**
     * Waits until exactly {@code expected} charts are on the page and each has drawn its current
     * spec; fails with each chart's state (including any {@code data-error}) otherwise.
     */
    protected void waitForCharts(int expected) {
        String stateScript = """
                return Array.from(document.querySelectorAll('sandbox-chart')).map(function (c) {
                  return (c.id || '?') + ' spec=' + c.getAttribute('data-spec-seq')
                    + ' drawn=' + c.getAttribute('data-rendered-seq')
                    + ' renders=' + c.getAttribute('data-rendered')
                    + (c.hasAttribute('data-error') ? ' ERROR=' + c.getAttribute('data-error') : '');
                });
                """;
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> Boolean.TRUE.equals(js("""
                    var charts = document.querySelectorAll('sandbox-chart');
                    return charts.length === arguments[0] && Array.from(charts).every(function (c) {
                      return c.hasAttribute('data-rendered')
                        && c.getAttribute('data-rendered-seq') === c.getAttribute('data-spec-seq');
                    });
                    """, expected)));
        } catch (TimeoutException e) {
            throw new AssertionError("charts did not all report rendered within " + TIMEOUT.toSeconds() + " s (expected "
                    + expected + "): " + js(stateScript), e);
        }
    }

    /** Runs {@code script} (use {@code return} for a result) in the page; {@code arguments[i]} are the values. */
    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Content-Security-Policy violations on the current page (directive, blocked URI, where). */
    protected List<String> cspViolations() {
        Object v = js("return window.__sandboxCsp || ['(CSP recorder missing)'];");
        return ((List<?>) v).stream().map(String::valueOf).toList();
    }

    /** Dialogs ({@code alert}, {@code confirm}, {@code prompt}) the current page tried to open. */
    @SuppressWarnings("unchecked")
    protected List<String> alerts() {
        return (List<String>) js("return window.__sandboxAlerts || ['(alert recorder missing)'];");
    }

    /**
     * Saves a PNG of the whole page as {@code target/screenshots/<name>.png} (the window is made as
     * tall as the page first, up to 6000 px; its width stays, so the layout does not change).
     */
    protected Path screenshot(String name) {
        Number height = (Number) js("return document.documentElement.scrollHeight;");
        Dimension size = driver.manage().window().getSize();
        int wanted = Math.min(6000, height.intValue() + (size.getHeight() - viewportHeight()));
        if (wanted > size.getHeight()) {
            driver.manage().window().setSize(new Dimension(size.getWidth(), wanted));
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int viewportHeight() {
        return ((Number) js("return window.innerHeight;")).intValue();
    }

    /** Everything the JVM has printed so far, including the application's start-up log. */
    protected static String applicationLog() {
        return ConsoleRecorder.text();
    }

    /** The Import page's hidden file input, made visible so that Selenium can send it a path. */
    protected WebElement fileInput() {
        waitUntil("the upload component did not appear", () -> Boolean.TRUE.equals(js(
                "return !!document.getElementById('import-upload');")));
        return (WebElement) js("""
                var up = document.getElementById('import-upload');
                var input = (up.shadowRoot && up.shadowRoot.querySelector('input[type=file]'))
                    || up.querySelector('input[type=file]');
                input.removeAttribute('hidden');
                input.style.display = 'block';
                return input;
                """);
    }

    /** Scrolls the element to the middle of the window first: the app layout's bar covers the top. */
    protected void click(String id) {
        WebElement e = byId(id);
        js("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** The text of element {@code id}, or "null" when there is none. */
    protected String text(String id) {
        return String.valueOf(js("var e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id));
    }

    protected WebElement byId(String id) {
        return driver.findElement(org.openqa.selenium.By.id(id));
    }

    protected void waitUntil(String message, java.util.function.Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> condition.get());
        } catch (TimeoutException e) {
            throw new AssertionError(message + " within " + TIMEOUT.toSeconds() + " s", e);
        }
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("Browser tests need " + path + ", which is missing. Install it with "
                    + "'apt-get install -y chromium chromium-driver' (.ci/run does this), or skip browser tests "
                    + "with -DskipBrowserTests=true. Missing package: " + debianPackage);
        }
    }

    protected static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: it is a temp directory
        }
    }
}
