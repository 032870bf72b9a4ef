package org.spamouflage.sandbox.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.bench.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sign-in and the response headers, over real HTTP against the app on a random port (no
 * browser): CSRF on the login POST, the guessing limit, the Content-Security-Policy, the session
 * cookie's SameSite and no session id in URLs. An instructor {@code alice} comes from
 * configuration; the throttle's clock is moved by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WebSecurityTest.HandClock.class)
class WebSecurityTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("sandbox.db.path", () -> dir.resolve("sandbox").toString());
        r.add("sandbox.instructor.name", () -> "alice");
        r.add("sandbox.instructor.password-hash", () -> PasswordHashes.encoder().encode(PASSWORD));
    }

    /** The sign-in throttle's clock, moved by hand. */
    @TestConfiguration
    static class HandClock {
        static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

        @Bean
        @Primary
        MutableClock handClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    private HttpClient client;

    @BeforeEach
    void freshBrowser() {
        HandClock.CLOCK.advance(Duration.ofMinutes(5)); // every earlier failure has left the window
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A sign-in POST as a form sends it; {@code csrf} null leaves the token out. */
    private HttpResponse<String> signIn(String name, String password, String csrf, String origin)
            throws IOException, InterruptedException {
        String body = "username=" + enc(name) + "&password=" + enc(password) + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The token Vaadin writes into the page for its login form ({@code <meta name="_csrf">}). */
    private String csrfFromLoginPage() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Matcher m = META_CSRF.matcher(page.body());
        assertThat(m.find()).as("the login page carries the CSRF token for the form").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void aSignInPostWithoutTheCsrfTokenDoesNotSignIn() throws Exception {
        HttpResponse<String> forged = signIn("alice", PASSWORD, null, "https://attacker.example");
        assertThat(forged.statusCode()).isEqualTo(302); // refused by the CSRF check, sent back to the login page
        assertThat(location(forged)).endsWith("/login");
        assertThat(signedIn()).isFalse();

        // Positive control: the same name and password with the page's token do sign in.
        HttpResponse<String> real = signIn("alice", PASSWORD, csrfFromLoginPage(), null);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(location(real)).doesNotContain("error").doesNotContain("login");
        assertThat(signedIn()).isTrue();
    }

    /** The instructors' Lessons page answers 200 to a signed-in browser and redirects anyone else to the login. */
    private boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/lessons");
        assertThat(r.statusCode()).isIn(200, 302);
        return r.statusCode() == 200;
    }

    @Test
    void theEleventhWrongPasswordWithinAMinuteIsRefusedWithAWaitMessage() throws Exception {
        String token = csrfFromLoginPage();
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> r = signIn("alice", "guess-" + i, token, null);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(location(r)).as("attempt " + i).contains("/login?error");
            HandClock.CLOCK.advance(Duration.ofSeconds(1));
        }
        // The 11th, 10 s after the first failure, is refused even with the right password.
        HttpResponse<String> eleventh = signIn("alice", PASSWORD, token, null);
        assertThat(location(eleventh)).endsWith("/login?error&wait=50");

        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.spamouflage.sandbox"), ctx,
                UI::new));
        try {
            UI.getCurrent().navigate("login", QueryParameters.fromString("error&wait=50"));
            LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
            assertThat(form.isError()).isTrue();
            String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n")); // what the browser's form shows
            assertThat(i18n).contains("\"title\":\"Too many failed sign-ins\"").contains(
                    "\"message\":\"Too many failed sign-ins for this name or from this address. Wait 50 seconds, then try again.\"");
        } finally {
            MockVaadin.tearDown();
        }

        assertThat(signedIn()).isFalse();
        HandClock.CLOCK.advance(Duration.ofSeconds(51)); // the first failure has left the window
        HttpResponse<String> later = signIn("alice", PASSWORD, csrfFromLoginPage(), null);
        assertThat(location(later)).doesNotContain("error");
        assertThat(signedIn()).isTrue();
    }

    @Test
    void pagesScriptsAndErrorsCarryTheContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/login", "/explore", "/sandbox/sandbox-chart.js", "/no-such-page")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(SecurityConfig.CSP);
        }
        assertThat(SecurityConfig.CSP).doesNotContain("*").contains("object-src 'none'").contains("frame-ancestors 'self'");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNeverInAUrl() throws Exception {
        HttpResponse<String> page = get("/login");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie on the login page"));
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");

        HttpResponse<String> failed = signIn("nobody", "wrong", csrfFromLoginPage(), null);
        assertThat(location(failed)).contains("/login?error").doesNotContainIgnoringCase("jsessionid");
    }
}
