package org.spamouflage.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.spamouflage.sandbox.security.PasswordHashes;
import org.spamouflage.sandbox.security.SecurityConfig;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Content-Security-Policy ({@link SecurityConfig#CSP}) in a real browser: the app's pages,
 * Vaadin, the chart component and the sign-in form work under it, with no violation reported by
 * the browser ({@code securitypolicyviolation} events, recorded from before any page script runs).
 * A positive control shows a violation would be seen: an image from another site is blocked and
 * reported.
 */
class ContentSecurityPolicyIT extends BrowserTestBase {
    private static final String PASSWORD = "csp test password";

    @Autowired
    InstructorRepository instructors;

    @Test
    void everyPageWorksUnderThePolicyWithoutAViolation() {
        open("/?scenario=classroom-small&seed=2");
        waitUntil("the Playground showed no result", () -> !byId("run-counts").getText().isBlank());
        waitForCharts(((Number) js("return document.querySelectorAll('sandbox-chart').length")).intValue());
        assertThat(cspViolations()).as("Playground").isEmpty();

        open("/chart-demo");
        waitForCharts(7);
        assertThat(cspViolations()).as("chart gallery").isEmpty();

        open("/explore?scenario=classroom-small&seed=2");
        waitUntil("Explore showed no feed", () -> byId("explore-heading").getText().startsWith("Reading"));
        assertThat(cspViolations()).as("Explore").isEmpty();

        for (String page : new String[] {"/scenarios", "/runs", "/import", "/join"}) {
            open(page);
            assertThat(cspViolations()).as(page).isEmpty();
        }
    }

    @Test
    void theSignInFormSignsInUnderThePolicyWithItsCsrfToken() {
        instructors.save("csp", PasswordHashes.encoder().encode(PASSWORD), Instant.now());
        open("/login");
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("csp");
        WebElement pw = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pw.sendKeys(PASSWORD);
        pw.sendKeys(Keys.ENTER);
        waitUntil("signing in did not leave the login page", () -> !driver.getCurrentUrl().contains("/login"));
        open("/lessons");
        waitUntil("the signed-in name is not shown", () -> !driver.findElements(By.id("signed-in-as")).isEmpty());
        assertThat(byId("signed-in-as").getText()).isEqualTo("csp");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void aViolationWouldBeSeen() {
        open("/join");
        js("var i = document.createElement('img'); i.src = 'https://example.invalid/pixel.png'; document.body.appendChild(i);");
        waitUntil("the blocked image was not reported", () -> !cspViolations().isEmpty());
        assertThat(cspViolations()).anySatisfy(v -> assertThat(v).startsWith("img-src blocked https://example.invalid"));
    }
}
