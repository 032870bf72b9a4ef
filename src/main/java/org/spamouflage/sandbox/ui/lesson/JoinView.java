package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.lesson.ClassroomService;
import org.spamouflage.sandbox.lesson.JoinCodes;
import org.spamouflage.sandbox.lesson.Participant;
import org.spamouflage.sandbox.lesson.Refused;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * Where students enter: the join code (filled in from a join link's {@code ?code=}) and a display
 * name for the class board. A wrong code, an archived lesson or a taken name is refused with a
 * sentence saying what to do.
 */
@AnonymousAllowed
@Route(value = "join", layout = MainLayout.class)
public class JoinView extends Div implements BeforeEnterObserver {
    private final LessonService service;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Paragraph error = new Paragraph();

    public JoinView(LessonService service) {
        this.service = service;
        getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "34em");
        code.setLabel(getTranslation("join.code"));
        name.setLabel(getTranslation("join.name"));
        code.setId("join-code");
        code.setPlaceholder("ABCD-2345");
        code.setMaxLength(20);
        code.setWidthFull();
        name.setId("join-name");
        name.setMaxLength(ClassroomService.MAX_NAME);
        name.setWidthFull();
        error.setId("join-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button join = new Button(getTranslation("join.button"), e -> join());
        join.setId("join-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        add(new H2(getTranslation("join.heading")), Sections.note(getTranslation("join.intro")), code, name, error, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> c = event.getLocation().getQueryParameters().getParameters().get("code");
        if (c != null && !c.isEmpty()) {
            code.setValue(JoinCodes.display(JoinCodes.normalise(c.get(0))));
        }
    }

    private void join() {
        try {
            Participant p = service.classroom().join(code.getValue(), name.getValue(),
                    com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getId());
            StudentSession.set(p.id());
            // A lesson that sets its language opens the exercise in it (a fresh page, built in that language).
            String code = service.classroom().lesson(p.lessonId()).state().language();
            java.util.Optional<Language> lang = Language.of(code);
            if (lang.isPresent() && Languages.choose(lang.get(), false)) {
                UI.getCurrent().getPage().setLocation("exercise");
                return;
            }
            UI.getCurrent().navigate(ExerciseView.class);
        } catch (Refused r) {
            error.setText(r.getMessage());
            error.setVisible(true);
        }
    }
}
