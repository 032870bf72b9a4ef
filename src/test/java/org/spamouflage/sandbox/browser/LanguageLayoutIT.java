package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages in a French browser ({@code --lang=fr-CA}) and an English one, in headless Chromium:
 * the page says its language, shows no English interface text, has one {@code h1}, passes axe-core
 * with no serious or critical violation, and holds its layout at desktop (1400 px) and phone
 * (390 px) width: nothing wider than the window, grid header cells above their columns' cells,
 * chart drawings inside their boxes.
 */
class LanguageLayoutIT extends BrowserTestBase {

    /** The pages every visitor can open (the list, and the glossary). */
    static final List<String> PAGES = List.of("/", "/explore", "/scenarios", "/runs", "/import", "/join", "/login", "/glossary");

    /**
     * English words that French interface text never contains. Text from the data (comments,
     * names, scenario descriptions) is excluded: pages mark it {@code translate="no"} or give it
     * its own {@code lang}.
     */
    static final Set<String> ENGLISH = Set.of("the", "and", "with", "your", "you", "is", "are", "this", "from", "show",
            "save", "saved", "open", "upload", "drop", "files", "file", "run", "runs", "seed", "seeds", "threshold", "accounts",
            "posts", "account", "signals", "hide", "truth", "sign", "join", "new", "explore", "import", "delete", "download",
            "no", "not", "of", "to", "or", "menu", "playground", "lessons", "instructors", "glossary");

    private static ChromeDriver english;
    private static ChromeDriver french;
    private static Path frenchProfile;

    @AfterAll
    static void stopFrench() {
        if (english != null) {
            driver = english; // the base class quits its own browser
            english = null;
        }
        if (french != null) {
            french.quit();
            french = null;
        }
        deleteQuietly(frenchProfile);
    }

    private void useFrench() {
        if (english == null) {
            english = driver;
        }
        if (french == null) {
            frenchProfile = tempDir("sandbox-chromium-fr-");
            french = startChrome(frenchProfile, false, "fr-CA");
        }
        driver = french;
    }

    private void useEnglish() {
        if (english != null) {
            driver = english;
        }
    }

    private void size(int width) {
        driver.manage().window().setSize(new Dimension(width, 1000));
    }

    /** Opens a page and lets it settle: its title set, and every chart given a spec has drawn it. */
    private void load(String path) {
        open(path);
        waitUntil("the page title on " + path, () -> Boolean.TRUE.equals(js(
                "var h = document.getElementById('page-title'); return !!h && h.textContent.length > 0;")));
        if ("/".equals(path)) {
            // The first run arrives by push: its counts line, then its charts.
            waitUntil("the first run on /", () -> Boolean.TRUE.equals(js(
                    "var c = document.getElementById('run-counts'); return !!c && c.textContent.length > 0;")));
        }
        String states = """
                return Array.from(document.querySelectorAll('sandbox-chart')).map(function (c) {
                  return (c.id || '?') + ' spec=' + c.getAttribute('data-spec-seq') + ' drawn=' + c.getAttribute('data-rendered-seq')
                    + (c.hasAttribute('data-error') ? ' ERROR=' + c.getAttribute('data-error') : '');
                }).join('; ');""";
        try {
            waitUntil("charts drawn on " + path, () -> Boolean.TRUE.equals(js("""
                    return Array.from(document.querySelectorAll('sandbox-chart')).every(function (c) {
                      return !c.hasAttribute('data-spec-seq')
                        || c.getAttribute('data-rendered-seq') === c.getAttribute('data-spec-seq');
                    });""")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + js(states), e);
        }
    }

    /** Interface words of the page that are English: visible text outside data, as "word (in: text)". */
    @SuppressWarnings("unchecked")
    private List<String> englishWords() {
        List<String> texts = (List<String>) js("""
                var out = [];
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                var n;
                while ((n = walker.nextNode())) {
                  var t = n.nodeValue.trim();
                  if (!t) continue;
                  var e = n.parentElement, skip = false;
                  for (var a = e; a; a = a.parentElement) {
                    if (a.getAttribute('translate') === 'no' || (a.hasAttribute('lang') && a !== document.documentElement
                        && !a.getAttribute('lang').startsWith('fr')) || /^(SCRIPT|STYLE|TEXTAREA|NOSCRIPT)$/.test(a.tagName)) {
                      skip = true; break;
                    }
                  }
                  if (skip) continue;
                  var r = e.getBoundingClientRect();
                  if (r.width === 0 && r.height === 0) continue;
                  out.push(t);
                }
                return out;""");
        List<String> found = new ArrayList<>();
        for (String t : texts) {
            for (String w : t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (ENGLISH.contains(w)) {
                    found.add(w + " (in: " + (t.length() > 80 ? t.substring(0, 80) + "…" : t) + ")");
                }
            }
        }
        return found;
    }

    private List<String> seriousViolations() {
        Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        List<String> out = new ArrayList<>();
        for (Rule v : r.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                out.add(v.getId() + " (" + v.getImpact() + ", " + v.getNodes().size() + "×): " + v.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        return out;
    }

    /** Layout problems at the current width: overflow, misaligned grid columns, charts drawn outside their box. */
    @SuppressWarnings("unchecked")
    private List<String> layoutProblems() {
        return (List<String>) js("""
                var out = [];
                var vw = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth > vw + 1) {
                  out.push('page ' + document.documentElement.scrollWidth + ' px wide in a ' + vw + ' px window');
                }
                document.querySelectorAll('vaadin-grid').forEach(function (g) {
                  var heads = g.shadowRoot ? g.shadowRoot.querySelectorAll('thead tr:last-child th') : [];
                  var cells = g.shadowRoot ? g.shadowRoot.querySelectorAll('tbody tr:first-child td') : [];
                  for (var i = 0; i < Math.min(heads.length, cells.length); i++) {
                    var h = heads[i].getBoundingClientRect(), c = cells[i].getBoundingClientRect();
                    if (h.width > 0 && c.width > 0 && (Math.abs(h.left - c.left) > 2 || Math.abs(h.right - c.right) > 2)) {
                      out.push((g.id || 'grid') + ' column ' + i + ': header ' + Math.round(h.left) + '–' + Math.round(h.right)
                        + ', cells ' + Math.round(c.left) + '–' + Math.round(c.right));
                    }
                  }
                });
                document.querySelectorAll('sandbox-chart').forEach(function (c) {
                  var box = c.getBoundingClientRect();
                  if (box.right > vw + 1) out.push((c.id || 'chart') + ' ends at ' + Math.round(box.right) + ' px');
                  var plot = c.shadowRoot && c.shadowRoot.getElementById('chart');
                  var canvas = plot && plot.querySelector('canvas');
                  if (canvas) {
                    var r = canvas.getBoundingClientRect(), p = plot.getBoundingClientRect();
                    if (r.left < p.left - 1 || r.right > p.right + 1 || r.top < p.top - 1 || r.bottom > p.bottom + 1) {
                      out.push((c.id || 'chart') + ' drawing outside its box');
                    }
                  }
                  var cap = c.shadowRoot && c.shadowRoot.getElementById('caption');
                  if (cap && cap.scrollWidth > cap.clientWidth + 1) out.push((c.id || 'chart') + ' caption cut off');
                });
                return out;""");
    }

    private void checkPage(String lang, String path, int width) {
        size(width);
        load(path);
        String where = lang + " " + path + " at " + width + " px";
        assertThat(js("return document.documentElement.getAttribute('lang');")).as(where + ": lang").isEqualTo(lang);
        assertThat(((Number) js("return document.querySelectorAll('h1').length;")).intValue()).as(where + ": h1").isEqualTo(1);
        assertThat(layoutProblems()).as(where + ": layout").isEmpty();
        assertThat(seriousViolations()).as(where + ": axe-core serious/critical").isEmpty();
        if ("fr".equals(lang)) {
            assertThat(englishWords()).as(where + ": English interface text").isEmpty();
        }
    }

    private static String shotName(String lang, String path, int width) {
        String page = "/".equals(path) ? "playground" : path.substring(1);
        return page + "-" + lang + (width < 600 ? "-phone" : "");
    }

    /** Every page at desktop then phone width, a screenshot of each; all failures reported at once. */
    private void walk(String lang) {
        List<String> failures = new ArrayList<>();
        for (int width : new int[] {1400, 390}) {
            for (String path : PAGES) {
                try {
                    checkPage(lang, path, width);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
                screenshot(shotName(lang, path, width));
            }
        }
        size(1280);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyPageInFrenchSaysSoShowsNoEnglishAndHoldsAtDesktopAndPhoneWidth() {
        useFrench();
        walk("fr");
    }

    @Test
    void everyPageInEnglishSaysSoAndHoldsAtDesktopAndPhoneWidth() {
        useEnglish();
        walk("en");
    }

    @Test
    void theHeaderSwitchChangesTheLanguageAndIsRemembered() {
        useEnglish();
        size(1280);
        load("/runs");
        assertThat(byId("page-title").getText()).isEqualTo("Saved runs");
        byId("language-switch").click();
        waitUntil("the page reloads in French", () -> "fr".equals(js("return document.documentElement.getAttribute('lang');"))
                && "Exécutions enregistrées".equals(js(
                        "var h = document.getElementById('page-title'); return h ? h.textContent : null;")));
        load("/join");
        assertThat(byId("page-title").getText()).as("remembered on the next page").isEqualTo("Rejoindre une classe");
        byId("language-switch").click();
        waitUntil("the page reloads in English", () -> "en".equals(js("return document.documentElement.getAttribute('lang');")));
        driver.manage().deleteAllCookies();
    }
}
