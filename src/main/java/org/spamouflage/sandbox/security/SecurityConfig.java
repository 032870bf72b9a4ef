package org.spamouflage.sandbox.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.spamouflage.sandbox.ui.lesson.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Vaadin's security set-up: views decide with {@code @AnonymousAllowed} / {@code @RolesAllowed},
 * sign-in is the {@link LoginView} at {@code /login}. The chart scripts are static files outside
 * Vaadin's own paths, so they are permitted here, or public pages would get no charts.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(a -> a.requestMatchers(paths.matcher("/sandbox/**"), paths.matcher("/webjars/**"))
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordHashes.encoder();
    }
}
