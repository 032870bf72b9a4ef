package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * Instructor sign-in. The form posts to Spring Security's {@code /login}; a wrong name or password
 * comes back as {@code ?error}, and a sign-in refused by the guessing limit as {@code ?error&wait=SECONDS},
 * which the form's error message turns into how long to wait. Students do not sign in: they join a lesson with its code.
 */
@AnonymousAllowed
@Route(value = "login", layout = MainLayout.class)
public class LoginView extends Div implements BeforeEnterObserver {
    private final LoginForm form = new LoginForm();

    public LoginView(InstructorRepository instructors) {
        getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "40em");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H2(getTranslation("login.heading")), Sections.note(getTranslation("login.students")), form);
        if (!instructors.any()) {
            Div none = new Div();
            none.setId("no-instructor");
            none.add(Sections.note(getTranslation("login.none")));
            add(none);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        long wait = waitSeconds(parameters.get("wait"));
        if (wait > 0) {
            // Sign-ins for this name or from this address are locked for a while (SignInThrottle).
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled"));
            i18n.getErrorMessage().setMessage(wait < 120 ? getTranslation("login.throttled.seconds", wait)
                    : getTranslation("login.throttled.minutes", (wait + 59) / 60));
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error"));
    }

    /** The {@code wait} parameter in seconds, or 0 when absent or not a small positive number. */
    static long waitSeconds(List<String> values) {
        if (values == null || values.isEmpty()) {
            return 0;
        }
        try {
            long s = Long.parseLong(values.get(0).strip());
            return s > 0 && s < 86_400 ? s : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
