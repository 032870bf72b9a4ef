package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.app.ScenarioLibrary;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.detection.Signals;
import org.spamouflage.sandbox.lesson.Costs;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.LessonDraft;
import org.spamouflage.sandbox.lesson.LessonForm;
import org.spamouflage.sandbox.lesson.Refused;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.security.Roles;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * Creating or editing a lesson: title, instructions, scenario and seed, the Playground settings
 * (pasted as a lesson link from the Playground), which signals students see, whether the network is
 * shown, whether the truth is hidden until the reveal, and what each mistake costs.
 */
@RolesAllowed(Roles.INSTRUCTOR)
@Route(value = "lessons/new", layout = MainLayout.class)
@RouteAlias(value = "lessons/:id([0-9]+)/edit", layout = MainLayout.class)
public class LessonEditView extends Div implements BeforeEnterObserver {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final LessonService service;
    private final AuthenticationContext auth;
    private final H2 heading = new H2(getTranslation("lessons.new"));
    private final TextField title = new TextField(getTranslation("lessons.col.title"));
    private final TextArea instructions = new TextArea(getTranslation("lessonEdit.instructions"));
    private final Select<String> scenario = new Select<>();
    private final TextField seed = new TextField(getTranslation("playground.seed"));
    private final TextField link = new TextField(getTranslation("lessonEdit.link"));
    private final Checkbox hideTruth = new Checkbox(getTranslation("lessonEdit.hideTruth"), true);
    private final Checkbox network = new Checkbox(getTranslation("lessonEdit.network"), true);
    private final CheckboxGroup<SignalInfo> signals = new CheckboxGroup<>(getTranslation("lessonEdit.signals"));
    private final NumberField costFp = new NumberField(getTranslation("lessonEdit.costFp"));
    private final NumberField costFn = new NumberField(getTranslation("lessonEdit.costFn"));
    private final Paragraph problems = new Paragraph();
    private final com.vaadin.flow.component.select.Select<String> language = new com.vaadin.flow.component.select.Select<>();
    private Lesson editing;

    public LessonEditView(LessonService service, AuthenticationContext auth) {
        this.service = service;
        this.auth = auth;
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("max-width", "56em");
        configureFields();
        Button save = new Button(getTranslation("scenarios.saveAs.save"), e -> save());
        save.setId("lesson-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> back());
        Button random = new Button(getTranslation("lessonEdit.randomSeed"), e -> seed.setValue(Long.toString(1 + SEEDS.nextInt(999_999_999))));
        random.setId("lesson-random-seed");
        HorizontalLayout data = new HorizontalLayout(scenario, seed, random);
        data.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout costs = new HorizontalLayout(costFp, costFn);
        add(heading, title, instructions, data, Sections.note(getTranslation("lessonEdit.seedNote")), link, language, hideTruth, network, signals,
                costs, problems, new HorizontalLayout(save, cancel));
    }

    private void configureFields() {
        title.setId("lesson-title");
        title.setWidthFull();
        title.setMaxLength(LessonDraft.MAX_TITLE);
        instructions.setId("lesson-instructions");
        instructions.setWidthFull();
        instructions.setMaxLength(LessonDraft.MAX_INSTRUCTIONS);
        instructions.setMinHeight("8em");
        scenario.setId("lesson-scenario");
        scenario.setLabel(getTranslation("playground.scenario"));
        List<String> names = service.scenarios().entries().stream().map(ScenarioLibrary.Entry::name).toList();
        scenario.setItems(names);
        scenario.setValue(service.scenarios().defaultName());
        seed.setId("lesson-seed");
        seed.setAllowedCharPattern("[0-9]");
        seed.setValue(Long.toString(1 + SEEDS.nextInt(999_999_999)));
        link.setId("lesson-link");
        link.setWidthFull();
        link.setHelperText(getTranslation("lessonEdit.linkHelp"));
        // The students' pages open in this language (or each student's own).
        language.setId("lesson-language");
        language.setLabel(getTranslation("lessonLink.language"));
        language.setItems("", "en", "fr");
        language.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("lessonLink.language.reader")
                : Language.of(c).map(Language::nativeName).orElse(c));
        language.setValue("");
        hideTruth.setId("lesson-hide-truth");
        network.setId("lesson-network");
        signals.setId("lesson-signals");
        signals.setItems(Signals.all().stream().map(s -> s.info()).toList());
        signals.setItemLabelGenerator(i -> Languages.texts().getOr("signal." + i.id() + ".title", i.title()));
        signals.setValue(new java.util.HashSet<>(Signals.all().stream().map(s -> s.info()).toList()));
        costFp.setId("lesson-cost-fp");
        costFn.setId("lesson-cost-fn");
        for (NumberField f : List.of(costFp, costFn)) {
            f.setMin(0);
            f.setMax(Costs.MAX);
            f.setStep(0.5);
            f.setValue(1.0);
        }
        problems.setId("lesson-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            return;
        }
        try {
            editing = service.classroom().lesson(id.get());
        } catch (Refused r) {
            event.forwardTo(LessonsView.class);
            return;
        }
        heading.setText(getTranslation("title.lessonEdit"));
        language.setValue(editing.state().language());
        title.setValue(editing.title());
        instructions.setValue(editing.instructions());
        scenario.setValue(editing.scenarioName());
        PlaygroundState s = editing.state();
        seed.setValue(Long.toString(s.seed()));
        link.setValue(s.toQuery());
        hideTruth.setValue(s.hideTruth());
        network.setValue(s.shows("network"));
        signals.setValue(new java.util.HashSet<>(Signals.all().stream().map(x -> x.info())
                .filter(x -> !s.isHidden("sig." + x.id())).toList()));
        costFp.setValue(editing.costs().falsePositive());
        costFn.setValue(editing.costs().falseNegative());
    }

    private void save() {
        LessonForm.Result r = LessonForm.draft(title.getValue(), instructions.getValue(), scenario.getValue(),
                seed.getValue(), link.getValue(), hideTruth.getValue(), network.getValue(),
                signals.getValue().stream().map(SignalInfo::id).toList(), costFp.getValue(), costFn.getValue(),
                language.getValue() == null ? "" : language.getValue());
        if (!r.problems().isEmpty()) {
            problems.setText(String.join("\n", r.problems()));
            return;
        }
        try {
            Lesson saved = editing == null
                    ? service.create(r.draft(), auth.getPrincipalName().orElse("instructor"))
                    : service.update(editing.id(), r.draft());
            UI.getCurrent().navigate(LessonView.class, new RouteParameters("id", Long.toString(saved.id())));
        } catch (Refused e) {
            problems.setText(e.getMessage());
        }
    }

    private void back() {
        if (editing == null) {
            UI.getCurrent().navigate(LessonsView.class);
        } else {
            UI.getCurrent().navigate(LessonView.class, new RouteParameters("id", Long.toString(editing.id())));
        }
    }
}
