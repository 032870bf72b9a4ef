package org.spamouflage.sandbox.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.spamouflage.sandbox.ui.lesson.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's security set-up: views decide with {@code @AnonymousAllowed} / {@code @RolesAllowed},
 * sign-in is the {@link LoginView} at {@code /login}. The chart scripts are static files outside
 * Vaadin's own paths, so they are permitted here, or public pages would get no charts.
 *
 * <p>Hardened beyond Vaadin's defaults:
 * <ul>
 *   <li><b>CSRF on sign-in.</b> Vaadin's configurer exempts its login page's path from Spring's
 *       CSRF check, so a POST to {@code /login} from any site signed in without a token. Its CSRF
 *       set-up is turned off here and redone without that exemption: only Vaadin's own internal
 *       requests (UIDL, heartbeat, push), which carry Vaadin's own token, are exempt. The login
 *       form still works: Vaadin writes Spring's token into the page as {@code <meta name="_csrf">}
 *       and the {@code <vaadin-login-form>} sends it with the form.</li>
 *   <li><b>Guessing limit.</b> {@link SignInThrottle}: failed sign-ins per name and per address;
 *       past the limit, sign-ins are refused before the password is checked and the login page
 *       says how long to wait ({@code /login?error&wait=SECONDS}).</li>
 *   <li><b>Content-Security-Policy</b> on every response (see {@link #CSP}).</li>
 * </ul>
 * The session cookie's SameSite and the cookie-only session tracking are set in
 * {@code application.properties}.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {
    /** Where the login form posts, and Vaadin's login view. */
    static final String LOGIN = "/login";

    /**
     * The strictest policy the app's pages, Vaadin and the chart component were seen to work with
     * (checked in headless Chromium by {@code ContentSecurityPolicyIT}, which fails on any violation
     * in the console):
     * <ul>
     *   <li>{@code default-src 'self'}: anything not named below only from this server;</li>
     *   <li>{@code script-src 'self' 'unsafe-inline' 'unsafe-eval'}: Vaadin's bootstrap page has inline
     *       scripts, and its client runs the server's JavaScript calls ({@code executeJs}, element
     *       property bindings) through {@code new Function}, which needs 'unsafe-eval' (tried: without
     *       it Vaadin's client never finishes loading any page). Scripts from other sites stay blocked.
     *       (Vaadin's nonce-based strict mode does not work with {@code @Push}, which the Playground
     *       needs.)</li>
     *   <li>{@code style-src 'self' 'unsafe-inline'}: Vaadin components and Lumo set inline styles and
     *       {@code <style>} elements; styles from other sites stay blocked;</li>
     *   <li>{@code img-src 'self' data: blob:}: Vaadin's icons and component images are data URLs,
     *       ECharts' "save as image" makes blob/data URLs;</li>
     *   <li>{@code font-src 'self' data:}: Lumo's icon font is inlined as data;</li>
     *   <li>{@code connect-src 'self'}: UIDL requests and the push websocket (same origin only);</li>
     *   <li>{@code object-src 'none'}: no plugins;</li>
     *   <li>{@code base-uri 'self'}: injected {@code <base>} cannot redirect relative URLs;</li>
     *   <li>{@code form-action 'self'}: forms (the login form) post only to this server;</li>
     *   <li>{@code frame-ancestors 'self'}: no framing by other sites (clickjacking).</li>
     * </ul>
     */
    public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle,
                                                   Clock signInClock) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // import downloads decide themselves: owner token or instructor, else 404 (ImportFilesController)
        http.authorizeHttpRequests(a -> a.requestMatchers(paths.matcher("/sandbox/**"), paths.matcher("/webjars/**"),
                paths.matcher("/import-files/**")).permitAll());
        // Vaadin's configurer first: the form login below must find its login page already set, or
        // Spring would also switch on its own generated login page at /login.
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        RequestMatcher loginPost = paths.matcher(org.springframework.http.HttpMethod.POST, LOGIN);
        http.addFilterBefore(new ThrottleFilter(loginPost, throttle, signInClock),
                UsernamePasswordAuthenticationFilter.class);
        http.formLogin(f -> f.failureHandler((request, response, e) -> {
            String name = request.getParameter("username");
            throttle.failed(name, request.getRemoteAddr(), signInClock.instant());
            Optional<Duration> wait = throttle.waitFor(name, request.getRemoteAddr(), signInClock.instant());
            response.sendRedirect(request.getContextPath() + LOGIN + "?error"
                    + wait.map(w -> "&wait=" + Math.max(1, (w.toMillis() + 999) / 1000)).orElse(""));
        }));
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * {@code sandbox.sign-in.max-failures} (default 10) failed sign-ins per name or per address
     * within {@code sandbox.sign-in.window-seconds} (default 60) lock further sign-ins until the
     * oldest leaves the window.
     */
    @Bean
    public SignInThrottle signInThrottle(@Value("${sandbox.sign-in.max-failures:10}") int maxFailures,
                                         @Value("${sandbox.sign-in.window-seconds:60}") long windowSeconds) {
        return new SignInThrottle(maxFailures, Duration.ofSeconds(windowSeconds));
    }

    /** The sign-in throttle's clock (a test may replace it). */
    @Bean
    public Clock signInClock() {
        return Clock.systemUTC();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordHashes.encoder();
    }

    /** Refuses a sign-in before its password is checked while its name or address is locked. */
    static final class ThrottleFilter extends OncePerRequestFilter {
        private final RequestMatcher loginPost;
        private final SignInThrottle throttle;
        private final Clock clock;

        ThrottleFilter(RequestMatcher loginPost, SignInThrottle throttle, Clock clock) {
            this.loginPost = loginPost;
            this.throttle = throttle;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (loginPost.matches(request)) {
                Optional<Duration> wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr(),
                        clock.instant());
                if (wait.isPresent()) {
                    response.sendRedirect(request.getContextPath() + LOGIN + "?error&wait="
                            + Math.max(1, (wait.get().toMillis() + 999) / 1000));
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
