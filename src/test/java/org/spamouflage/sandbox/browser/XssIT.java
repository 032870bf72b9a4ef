package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.ui.HostileData;
import org.spamouflage.sandbox.pipeline.RunSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A comment, handle and bio reading {@value HostileData#HOSTILE} show as text in Explore's feed,
 * in the feed's tooltip and in the account card, and nothing runs.
 */
@Import(XssIT.Hostile.class)
class XssIT extends BrowserTestBase {
    private static final String H = HostileData.HOSTILE;
    /** Defines overlays(): every tooltip overlay, wherever it lives (they can sit inside shadow roots). */
    private static final String TOOLTIPS = """
            function overlays() {
              var out = [];
              (function walk(root) {
                root.querySelectorAll('*').forEach(function (e) {
                  if (e.localName === 'vaadin-tooltip-overlay') { out.push(e); }
                  if (e.shadowRoot) { walk(e.shadowRoot); }
                });
              })(document);
              return out;
            }
            """;

    @TestConfiguration
    static class Hostile {
        @Bean
        @Primary
        RunSource hostileRunSource(Pipeline pipeline) {
            return HostileData.source(pipeline);
        }
    }

    /** The visible feed cell holding the planted comment (grid rows are recycled: hidden ones keep old text). */
    private WebElement hostileCell() {
        return (WebElement) js("""
                var wanted = arguments[0];
                return Array.from(document.querySelectorAll('#feed vaadin-grid-cell-content')).find(function (c) {
                  var r = c.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && c.textContent === wanted;
                }) || null;
                """, HostileData.COMMENT);
    }

    private long lastHover;

    /**
     * Moves the pointer off and back onto the cell, at most every 3 s (the tooltip opens a moment
     * after the pointer enters a cell; a pointer resting on a row that re-rendered enters nothing).
     */
    private boolean hover(WebElement cell) {
        long now = System.nanoTime();
        if (now - lastHover > 3_000_000_000L) {
            new Actions(driver).moveToElement(driver.findElement(By.id("explore-heading"))).moveToElement(cell).perform();
            lastHover = now;
        }
        return true;
    }

    @Test
    void hostileTextShowsAsTextInTheFeedItsTooltipAndTheAccountCard() {
        open("/explore?seed=1");
        waitUntil("Explore did not show a feed", () -> Boolean.TRUE.equals(js(
                "var g = document.getElementById('feed'); return !!g && g.size > 0;")));
        WebElement search = driver.findElement(By.cssSelector("#search input"));
        search.sendKeys("onerror");
        waitUntil("the search did not narrow the feed to the two planted comments", () -> Long.valueOf(2).equals(js(
                "return document.getElementById('feed').size;")));
        waitUntil("the hostile comment is not in the feed as text", () -> hostileCell() != null);
        assertThat(hostileCell().getText()).isEqualTo(HostileData.COMMENT);

        // Hover again now and then: the grid may re-render the row under the pointer after the search.
        waitUntil("no open tooltip with the hostile text", () -> {
            hover(hostileCell());
            Object shown = js(TOOLTIPS + """
                return overlays().map(function (o) { return o.opened + ':' + o.textContent; }).join('|');
                """);
            return String.valueOf(shown).contains("true:" + HostileData.COMMENT);
        });
        assertThat(js(TOOLTIPS + """
                return overlays().reduce(function (n, o) {
                  return n + o.querySelectorAll('img').length + (o.shadowRoot ? o.shadowRoot.querySelectorAll('img').length : 0);
                }, 0);
                """)).as("img elements in tooltips").isEqualTo(0L);

        hostileCell().click();
        waitUntil("the account card did not open", () -> !driver.findElements(By.id("account-card")).isEmpty());
        assertThat(driver.findElement(By.id("account-handle")).getText()).isEqualTo("@" + H);
        assertThat(driver.findElement(By.id("account-bio")).getText()).isEqualTo(H);
        assertThat(driver.findElement(By.id("account-posts")).getText()).contains(HostileData.COMMENT);

        assertThat(js("return document.querySelectorAll('img').length;")).as("img elements in the page").isEqualTo(0L);
        assertThat(alerts()).as("dialogs opened by the page").isEmpty();
        screenshot("explore-hostile");
    }
}
