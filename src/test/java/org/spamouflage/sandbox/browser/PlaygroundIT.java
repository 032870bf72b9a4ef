package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.spamouflage.sandbox.app.ComputeQueue;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Playground in a real browser: a control move reaches the server (debounced in the browser),
 * the run happens off the UI thread, push brings the new metrics, every chart reports the new spec
 * drawn; a lesson link shows its locked controls disabled and its hidden ones gone.
 */
class PlaygroundIT extends BrowserTestBase {

    @Autowired
    SandboxService service;

    @Autowired
    ExecutorService executor;

    /** Charts the page shows for a state: one per signal, scores, ROC and PR (when defined), timeline, network. */
    private int chartsFor(String query) throws Exception {
        PlaygroundState s = service.readState(java.util.Map.of()).state();
        if (!query.isEmpty()) {
            s = PlaygroundState.fromQuery(query, service.scenarios().defaultName(), SandboxService.FIRST_SEED).state();
        }
        PlaygroundResult r = service.compute(s);
        int charts = 0;
        if (s.shows("signals")) {
            charts += r.signals().size();
        }
        if (s.shows("roc")) {
            charts += r.threshold().roc() != null ? 3 : 1;
        }
        charts += (s.shows("timeline") ? 1 : 0) + (s.shows("network") ? 1 : 0);
        return charts;
    }

    @Test
    void movingAControlChangesTheMetricsAndEveryChartRedraws() throws Exception {
        open("/?seed=2");
        int charts = chartsFor("seed=2");
        waitForCharts(charts);
        String counts = text("run-counts");
        String caught = text("cm-tp");
        screenshot("playground");

        // A real drag ends with input events; the page sends the value 300 ms after the last one.
        js("""
                var input = document.getElementById('control-bots-input');
                input.value = '10';
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));
                return null;
                """);
        waitUntil("the run counts did not change after moving the slider", () -> !counts.equals(text("run-counts")));
        waitUntil("the confusion matrix did not change", () -> !caught.equals(text("cm-tp")));
        assertThat(String.valueOf(js("return location.search;"))).contains("bots=10");
        waitForCharts(charts);
        assertThat(alerts()).isEmpty();
        assertThat(applicationLog().lines().filter(l -> l.contains("bundle build is needed")).toList()).isEmpty();
    }

    @Test
    void aLessonLinkShowsLockedControlsDisabledAndHiddenOnesGone() throws Exception {
        String query = "seed=3&bots=50&lock=bots,seed&hide=jitter&panels=roc,confusion";
        open("/?" + query);
        waitForCharts(chartsFor(query));

        assertThat(driver.findElement(By.id("control-bots-input")).getAttribute("disabled")).isNotNull();
        assertThat(driver.findElement(By.id("control-bots-input")).getAttribute("value")).isEqualTo("50");
        assertThat(driver.findElement(By.id("control-paraphrase-input")).getAttribute("disabled")).isNull();
        assertThat(driver.findElements(By.id("control-jitter"))).isEmpty();
        assertThat(driver.findElement(By.id("seed")).getAttribute("disabled")).isNotNull();
        assertThat(driver.findElements(By.id("panel-signals"))).isEmpty();
        assertThat(driver.findElements(By.id("panel-roc"))).hasSize(1);
        screenshot("playground-lesson");
    }

    /**
     * While a run waits or works off the UI thread, the page still answers clicks. The test holds
     * every compute thread with jobs of its own (so the run cannot finish before the clicks, however
     * fast the machine), clicks, then lets them go and sees the run finish.
     */
    @Test
    void thePageAnswersWhileARunIsInProgress() throws Exception {
        ComputeQueue queue = (ComputeQueue) executor;
        CountDownLatch release = new CountDownLatch(1);
        try {
            AtomicInteger held = new AtomicInteger();
            for (int i = 0; i < queue.threads(); i++) {
                queue.execute(() -> {
                    held.incrementAndGet();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            waitUntil("the holders did not all start", () -> held.get() == queue.threads());
            open("/?scenario=canada-2023&seed=77");
            waitUntil("the busy indicator did not show", () -> !driver.findElements(By.id("busy")).isEmpty()
                    && driver.findElement(By.id("busy")).isDisplayed());
            driver.findElement(By.id("lesson-link")).click();
            waitUntil("the lesson dialog did not open", () -> !driver.findElements(By.id("lesson-url")).isEmpty());
            assertThat(driver.findElement(By.id("lesson-url")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("busy")).isDisplayed()).as("the run was still waiting").isTrue();
        } finally {
            release.countDown();
        }
        waitUntil("the run never finished", () -> !driver.findElement(By.id("busy")).isDisplayed());
    }

    @Test
    void theOtherPagesOpenAndDraw() throws Exception {
        service.saveRun(service.compute(service.initialState().withSeed(5)));
        open("/explore?seed=5");
        waitUntil("Explore did not show a feed", () -> Boolean.TRUE.equals(js(
                "var g = document.getElementById('feed'); return !!g && g.size > 0;")));
        waitForCharts(1);
        List<?> rows = (List<?>) js("return Array.from(document.querySelectorAll('#feed vaadin-grid-cell-content'))"
                + ".map(function (c) { return c.textContent; });");
        assertThat(rows).isNotEmpty();
        screenshot("explore");
        open("/scenarios");
        waitUntil("the scenario editor stayed empty", () -> !String.valueOf(js(
                "return document.getElementById('scenario-json').value;")).isEmpty());
        screenshot("scenarios");
        open("/runs");
        waitUntil("no saved runs listed", () -> Boolean.TRUE.equals(js(
                "var g = document.getElementById('runs'); return !!g && g.size > 0;")));
        screenshot("runs");
        assertThat(alerts()).isEmpty();
    }
}
