package org.spamouflage.sandbox.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.spamouflage.sandbox.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a Karibu test in or out by hand (Karibu 2.4 has no Spring Security helper): the Spring
 * security context for the app's code, and the mock request's principal and roles for Vaadin's
 * navigation access control.
 */
public final class KaribuLogin {
    private KaribuLogin() {
    }

    public static void asInstructor(String name) {
        var auth = new UsernamePasswordAuthenticationToken(name, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.INSTRUCTOR)));
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> Roles.INSTRUCTOR.equals(role));
    }

    public static void anonymous() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }
}
