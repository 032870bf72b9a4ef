package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.bench.CoShareWorkload;
import org.spamouflage.sandbox.security.PasswordHashes;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journalist's path of issue 11 in real browsers: a 20 MB CSV in CooRTweet's columns (written
 * at test time by the co-share workload generator, never committed) is uploaded on the Import page,
 * previewed, imported and read in Explore's ranked account table; a 60 MB file gets a message on the
 * page. A second browser with a fresh profile does not see the import in its list and gets "not
 * found" on its Explore and download addresses; signed in as an instructor, it does see it.
 * The phases' wall times are printed for BENCHMARKS.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JournalistIT extends BrowserTestBase {
    /** 660,000 organic shares plus 1,000 bot shares: 20.1 MB in CooRTweet's columns. */
    static final long SHARES = 660_000;
    private static final Duration LONG = Duration.ofSeconds(240);
    private static final String PASSWORD = "correct horse battery staple";
    private static Path dir;
    private static long importId = -1;
    private static int accounts;
    private static String ownerLink;

    @Autowired
    SandboxService service;

    @Autowired
    InstructorRepository instructors;

    @BeforeAll
    static void files() throws Exception {
        dir = tempDir("sandbox-journalist-it-");
    }

    @AfterAll
    static void removeFiles() {
        deleteQuietly(dir);
    }

    private void waitLong(String message, java.util.function.Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, LONG).until(d -> condition.get());
        } catch (TimeoutException e) {
            throw new AssertionError(message + " within " + LONG.toSeconds() + " s; page says: "
                    + js("return document.body.innerText.substring(0, 2000);"), e);
        }
    }

    private static double seconds(Instant from) {
        return Duration.between(from, Instant.now()).toMillis() / 1000.0;
    }

    @Test
    @Order(1)
    void uploadsA20MegabyteFilePreviewsImportsAndShowsTheRankedTable() throws Exception {
        Path file = dir.resolve("shares-20mb.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new CoShareWorkload(SHARES, true, 0, 42).write(out);
        }
        long size = Files.size(file);
        assertThat(size).as("bytes of the generated file").isBetween(20_000_000L, 21_000_000L);

        open("/import");
        assertThat(text("import-caps")).contains("at most 50 MB per file");
        Instant t0 = Instant.now();
        fileInput().sendKeys(file.toAbsolutePath().toString());
        waitLong("the preview did not show the file's first rows", () -> Boolean.TRUE.equals(js(
                "var g = document.getElementById('preview'); return !!g && g.size === arguments[0];",
                ImportLibrary.PREVIEW_ROWS)));
        double preview = seconds(t0);
        assertThat(text("import-file")).isEqualTo(String.format(java.util.Locale.ROOT, "File: shares-20mb.csv (%,d bytes)",
                size));
        assertThat(String.valueOf(js("var b = document.querySelector('#preset vaadin-radio-button[checked]');"
                + " return b ? b.textContent : null;"))).startsWith("coortweet:");

        Instant t1 = Instant.now();
        click("import-button");
        waitLong("the import did not report its counts", () -> text("import-summary").contains("accepted"));
        double imported = seconds(t1);
        ImportedDataset stored = service.imports().list(ImportAccess.INSTRUCTOR).get(0);
        importId = stored.id();
        accounts = stored.accounts();
        assertThat(stored.accepted()).isEqualTo(SHARES + 1_000);
        assertThat(text("import-summary")).startsWith("Imported and stored as \u201cshares-20mb\u201d (import " + importId
                + "): ");
        ownerLink = String.valueOf(js("return document.querySelector('#owner-link input').value;"));
        assertThat(ownerLink).matches("http://localhost:" + port + "/import\\?owner=[A-Z2-9]{24}");

        Instant t2 = Instant.now();
        click("run-engine");
        waitLong("the ranked table did not list every account", () -> Boolean.TRUE.equals(js(
                "var g = document.getElementById('ranked'); return !!g && g.size === arguments[0];", accounts)));
        double engine = seconds(t2);
        assertThat(text("explore-heading")).isEqualTo("Reading import " + importId + ": shares-20mb.");
        List<String> headers = visibleCells("#ranked vaadin-grid-sorter, #ranked vaadin-grid-cell-content");
        assertThat(headers).contains("Rank", "Handle", "Combined", "Cluster");
        // A share table declares no time zone: the local-time signals say n/a and the page says why.
        assertThat(text("not-applicable-zone")).startsWith("Not applicable: ").contains("no audience time zone");
        waitUntil("the first ranked row did not show", () -> visibleCells("#ranked vaadin-grid-cell-content")
                .contains("1"));
        assertThat(visibleCells("#ranked vaadin-grid-cell-content")).contains("n/a");

        js("arguments[0].scrollIntoView({block: 'center'});", byId("ranked"));
        WebElement firstHandleCell = (WebElement) js("""
                var g = document.getElementById('ranked');
                var cells = Array.from(g.querySelectorAll('vaadin-grid-cell-content')).filter(function (c) {
                  var r = c.getBoundingClientRect(); return r.width > 0 && r.height > 0 && c.textContent === '1';
                });
                return cells[0];
                """);
        firstHandleCell.click();
        waitUntil("a click on the first row did not open its account card", () -> text("account-handle").startsWith("@"));
        screenshot("journalist-ranked");
        System.out.printf(java.util.Locale.ROOT, "JournalistIT, %,d bytes, %,d rows, %,d accounts: upload + preview %.1f s, "
                + "import %.1f s, engine + ranked table %.1f s%n", size, stored.accepted(), accounts, preview, imported, engine);
    }

    private List<String> visibleCells(String css) {
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) js("""
                return Array.from(document.querySelectorAll(arguments[0])).filter(function (c) {
                  var r = c.getBoundingClientRect(); return r.width > 0 && r.height > 0;
                }).map(function (c) { return c.textContent.trim(); });
                """, css);
        return cells;
    }

    @Test
    @Order(2)
    void aFileOverTheLimitGetsAMessageOnThePage() throws Exception {
        Path big = dir.resolve("too-big.csv");
        byte[] block = "o1,a1,c1,1623881091\n".repeat(50_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            out.write("object_id,account_id,content_id,timestamp_share\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (long n = 0; n < 60_000_000L; n += block.length) {
                out.write(block);
            }
        }
        assertThat(Files.size(big)).isGreaterThan(60_000_000L);

        open("/import");
        fileInput().sendKeys(big.toAbsolutePath().toString());
        waitUntil("no message about the file's size", () -> text("import-problems").contains("larger than 50 MB"));
        assertThat(text("import-summary")).isEqualTo("too-big.csv was not uploaded:");
        assertThat(text("import-problems")).contains("nothing was stored").contains("java -jar spamouflage-sandbox.jar import");
        assertThat(byId("import-problems").isDisplayed()).isTrue();
        screenshot("journalist-too-big");
    }

    /** Status and start of the body of {@code path} fetched by {@code browser} with its cookies. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(ChromeDriver browser, String path) {
        return (Map<String, Object>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
                  return r.text().then(function (t) { done({status: r.status, body: t.substring(0, 300)}); });
                }).catch(function (e) { done({status: -1, body: String(e)}); });
                """, path);
    }

    @Test
    @Order(3)
    void aSecondBrowserSeesNothingOfTheImportAndAnInstructorSeesIt() {
        assertThat(importId).as("the import of the first test").isPositive();
        String explore = "/explore?import=" + importId;
        String settings = "/import-files/" + importId + "/settings.json";
        String original = "/import-files/" + importId + "/original";
        String accountsCsv = "/import-files/" + importId + "/accounts.csv";
        // The owner's browser gets its files.
        open("/import");
        assertThat(driver.findElements(By.id("explore-import-" + importId))).hasSize(1);
        Map<String, Object> own = fetch(driver, settings);
        assertThat(own.get("status")).isEqualTo(200L);
        assertThat(String.valueOf(own.get("body"))).contains("\"coShareWindowSeconds\" : 60");

        inAFreshBrowser(other -> {
            open("/import");
            assertThat(text("imports")).doesNotContain("shares-20mb");
            assertThat(other.findElements(By.id("explore-import-" + importId))).isEmpty();
            open(explore);
            waitUntil("Explore did not answer", () -> text("explore-heading").startsWith("There is no import"));
            assertThat(text("explore-heading")).isEqualTo(ImportLibrary.notFound(importId).getMessage());
            assertThat(other.findElements(By.id("ranked-accounts")).stream().filter(WebElement::isDisplayed)).isEmpty();
            for (String address : List.of(settings, original, accountsCsv)) {
                Map<String, Object> r = fetch(other, address);
                assertThat(r.get("status")).as(address).isEqualTo(404L);
                assertThat(String.valueOf(r.get("body"))).as(address).startsWith("Not found");
            }

            instructors.save("editor", PasswordHashes.encoder().encode(PASSWORD), Instant.now());
            open("/login");
            other.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("editor");
            WebElement pw = other.findElement(By.cssSelector("#vaadinLoginPassword input"));
            pw.sendKeys(PASSWORD);
            pw.sendKeys(Keys.ENTER);
            waitUntil("sign-in did not finish", () -> !other.getCurrentUrl().contains("/login"));
            open("/import");
            waitUntil("the instructor does not see the import", () -> !other.findElements(
                    By.id("explore-import-" + importId)).isEmpty());
            open(explore);
            waitLong("the instructor's Explore did not show the import", () -> text("explore-heading")
                    .equals("Reading import " + importId + ": shares-20mb."));
            assertThat(fetch(other, settings).get("status")).isEqualTo(200L);
        });
    }

    /** Runs {@code steps} in a new headless Chromium with a fresh profile (another user), as {@link #driver}. */
    private void inAFreshBrowser(java.util.function.Consumer<ChromeDriver> steps) {
        Path profile = tempDir("sandbox-chromium-other-");
        ChromeDriver other = startChrome(profile, false);
        ChromeDriver first = driver;
        try {
            driver = other;
            steps.accept(other);
        } finally {
            driver = first;
            other.quit();
            deleteQuietly(profile);
        }
    }

    @Test
    @Order(4)
    void theKeepThisLinkAddressBringsTheImportBackInAnotherBrowser() {
        assertThat(ownerLink).as("the address shown after the first import").isNotNull();
        inAFreshBrowser(other -> {
            open("/import");
            assertThat(other.findElements(By.id("explore-import-" + importId))).isEmpty();
            open(ownerLink.substring(("http://localhost:" + port).length()));
            waitUntil("the owner link did not bring the import back", () -> !other.findElements(
                    By.id("explore-import-" + importId)).isEmpty());
            assertThat(fetch(other, "/import-files/" + importId + "/settings.json").get("status")).isEqualTo(200L);
        });
    }
}
