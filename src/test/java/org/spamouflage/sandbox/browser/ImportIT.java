package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.spamouflage.sandbox.app.ImportAccess;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.store.ImportedDataset;
import org.spamouflage.sandbox.ui.ImportSamples;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Import page in a real browser: upload a small generic CSV written by the test
 * ({@link ImportSamples#brigade()}; one text reads {@value ImportSamples#HOSTILE}), map its columns by typing into the column boxes, import, run the engine and
 * read the result in Explore, where the hostile text shows literally and nothing runs.
 */
class ImportIT extends BrowserTestBase {
    private static final String HOSTILE = ImportSamples.HOSTILE_POST;

    @Autowired
    SandboxService service;

    /** Chooses {@code column} in a column box the way a person does: type, pick with Enter, leave with Tab. */
    private void map(String field, String column) {
        WebElement input = driver.findElement(By.cssSelector("#map-" + field + " input"));
        input.click();
        input.sendKeys(column);
        waitUntil("the " + field + " box did not offer " + column, () -> Boolean.TRUE.equals(js(
                "return document.getElementById(arguments[0]).opened === true;", "map-" + field)));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        waitUntil("the " + field + " box did not take " + column, () -> column.equals(js(
                "return document.querySelector('#map-' + arguments[0] + ' input').value;", field)));
    }

    @Test
    void uploadMapImportAndReadTheResultInExplore() throws Exception {
        Path file = Files.createTempDirectory("sandbox-import-it").resolve("brigade.csv");
        Files.writeString(file, ImportSamples.brigade(), StandardCharsets.UTF_8);
        int rows = (int) ImportSamples.brigade().lines().count() - 1;

        open("/import");
        fileInput().sendKeys(file.toAbsolutePath().toString());
        waitUntil("the preview did not show the file's rows", () -> Boolean.TRUE.equals(js(
                "var g = document.getElementById('preview'); return !!g && g.size === 10;")));
        assertThat(text("import-file")).startsWith("File: brigade.csv");

        map("account", "who");
        map("time", "when");
        map("text", "said");
        click("import-button");
        waitUntil("the import did not report its counts", () -> text("import-summary").contains("accepted"));
        ImportedDataset stored = service.imports().list(ImportAccess.INSTRUCTOR).get(0);
        assertThat(text("import-summary")).isEqualTo("Imported and stored as \u201cbrigade\u201d (import " + stored.id()
                + "): " + rows + " rows in the file: " + rows + " accepted, 0 rejected: " + rows + " posts by " + (ImportSamples.BRIGADE + ImportSamples.PEOPLE) + " accounts");
        screenshot("import");

        click("run-engine");
        waitUntil("Explore did not open on the import", () -> String.valueOf(js("return location.search;"))
                .equals("?import=" + stored.id()));
        waitUntil("Explore did not show the imported posts", () -> Boolean.TRUE.equals(js(
                "var g = document.getElementById('feed'); return !!g && g.size === arguments[0];", rows)));
        assertThat(text("explore-heading")).isEqualTo("Reading import " + stored.id() + ": brigade.");

        driver.findElement(By.cssSelector("#search input")).sendKeys("onerror");
        waitUntil("the search did not find the hostile post", () -> Long.valueOf(1).equals(js(
                "return document.getElementById('feed').size;")));
        waitUntil("the hostile text is not in the feed as text", () -> Boolean.TRUE.equals(js("""
                var wanted = arguments[0];
                return Array.from(document.querySelectorAll('#feed vaadin-grid-cell-content')).some(function (c) {
                  var r = c.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && c.textContent === wanted;
                });
                """, HOSTILE)));
        assertThat(js("return document.querySelectorAll('img').length;")).as("img elements in the page").isEqualTo(0L);
        assertThat(alerts()).as("dialogs opened by the page").isEmpty();

        driver.findElement(By.cssSelector("#search input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        waitUntil("the feed did not come back", () -> Long.valueOf(rows).equals(js(
                "return document.getElementById('feed').size;")));
        assertThat(driver.findElements(By.cssSelector("#panel-clusters [data-cluster]"))).as("detected clusters")
                .isNotEmpty();
        assertThat(driver.findElement(By.id("export-accounts-csv")).getAttribute("download"))
                .isEqualTo("brigade-accounts.csv");
        screenshot("explore-import");
        assertThat(applicationLog().lines().filter(l -> l.contains("bundle build is needed")).toList()).isEmpty();
    }
}
