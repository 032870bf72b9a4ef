package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.lesson.Receipt;
import org.spamouflage.sandbox.lesson.Refused;
import org.spamouflage.sandbox.lesson.Reveal;
import org.spamouflage.sandbox.lesson.StudentLesson;
import org.spamouflage.sandbox.ui.base.BackgroundRunner;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.base.ViewerTime;
import org.spamouflage.sandbox.ui.explore.AccountCardView;
import org.spamouflage.sandbox.lesson.ExercisePage;
import org.spamouflage.sandbox.lesson.ExerciseReveal;

/**
 * A student's exercise: the accounts and the engine's evidence, no labels. Flag accounts in the
 * table, by a threshold on the combined score or by clicking nodes of the network, then submit.
 * Before the truth is shown this page is built from {@link ExercisePage} alone, which holds no
 * labels; the server scores submissions but tells the student only that they arrived. When the
 * instructor reveals the truth, push brings it: the table gains each account's class and the
 * student's outcome, and the class board appears.
 */
@AnonymousAllowed
@Route(value = "exercise", layout = MainLayout.class)
public class ExerciseView extends Div implements BeforeEnterObserver {
    private final LessonService service;
    private final H2 title = new H2();
    private final Paragraph instructions = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Button submit = new Button();
    private final UnorderedList receipts = new UnorderedList();
    private final FlagTable table = new FlagTable();
    private final ThresholdFlagger threshold = new ThresholdFlagger();
    private final SandboxChart network = Sections.chart("chart-exercise-network", "460px");
    private final Div card = new Div();
    private final Checkbox mistakesOnly = new Checkbox();
    private final RevealPanel revealPanel = new RevealPanel();
    private long participant;
    private final Div tableSection;
    private StudentLesson lesson;
    private ExercisePage page;
    private BackgroundRunner runner;
    private Runnable unsubscribe;

    public ExerciseView(LessonService service) {
        this.service = service;
        tableSection = Sections.section("panel-flag-table", getTranslation("exercise.table"), table);
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        title.setId("exercise-title");
        instructions.setId("exercise-instructions");
        instructions.getStyle().set("white-space", "pre-wrap");
        status.setId("exercise-status");
        message.setId("exercise-message");
        message.getStyle().set("font-weight", "500");
        receipts.setId("receipts");
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        mistakesOnly.setLabel(getTranslation("exercise.mistakesOnly"));
        mistakesOnly.setId("mistakes-only");
        mistakesOnly.setVisible(false);
        mistakesOnly.addValueChangeListener(e -> table.showMistakesOnly(e.getValue()));
        revealPanel.setVisible(false);
        card.setId("account-panel");
        card.add(Sections.note(getTranslation("exercise.clickHint")));
        table.addFlagsChangedListener(e -> flagsChanged());
        table.addAccountClickedListener(e -> showAccount(e.accountId()));
        threshold.addFlagAboveListener(e -> table.flag(page.atOrAbove(e.threshold())));
        network.addChartClickListener(e -> {
            if ("node".equals(e.getDataType()) && lesson != null && lesson.acceptsSubmissions()) {
                e.getItemId().ifPresent(table::toggle);
            }
        });
        add(title, status, instructions, configureSubmitBar(), message, configureBody(), revealPanel,
                Sections.section("panel-receipts", getTranslation("exercise.receipts"), receipts));
    }

    private HorizontalLayout configureSubmitBar() {
        HorizontalLayout bar = new HorizontalLayout(submit, mistakesOnly);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Div configureBody() {
        Div left = new Div(tableSection,
                Sections.section("panel-flag-threshold", getTranslation("exercise.byThreshold"), threshold));
        left.getStyle().set("flex", "2 1 560px").set("min-width", "0");
        Div right = new Div(card, Sections.section("panel-exercise-network", getTranslation("exercise.network"), network));
        right.getStyle().set("flex", "1 1 380px").set("min-width", "0");
        Div body = new Div(left, right);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        return body;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> p = StudentSession.participant();
        if (p.isEmpty()) {
            event.forwardTo(JoinView.class);
            return;
        }
        participant = p.get();
        try {
            lesson = service.classroom().studentLesson(participant);
        } catch (Refused r) {
            StudentSession.clear();
            event.forwardTo(JoinView.class);
            return;
        }
        if (runner == null) {
            runner = new BackgroundRunner(event.getUI(), service.executor(), b -> { });
        }
        status.setText(getTranslation("exercise.preparing"));
        submit.setEnabled(false);
        runner.submit(() -> service.page(participant), this::show,
                e -> message.setText(getTranslation("exercise.cannotPrepare", e.getMessage())));
    }

    private void show(ExercisePage p) {
        page = p;
        table.show(p);
        threshold.show(p);
        boolean showNetwork = p.data().state().shows("network");
        network.setVisible(showNetwork);
        if (showNetwork) {
            network.setSpec(p.network(Languages.texts()).byCluster());
        }
        refresh();
    }

    /** Re-reads the lesson (status, truth shown) and the student's receipts. */
    private void refresh() {
        lesson = service.classroom().studentLesson(participant);
        title.setText(lesson.title());
        instructions.setText(lesson.instructions());
        var t = Languages.texts();
        String costs = getTranslation("exercise.costs", t.num(lesson.costs().falsePositive(), 2),
                t.num(lesson.costs().falseNegative(), 2));
        status.setText(getTranslation("exercise.youAre", lesson.participant().name()) + " · " + switch (lesson.status()) {
            case OPEN -> getTranslation("exercise.open", lesson.submitInterval()) + " " + costs;
            case CLOSED -> getTranslation("exercise.closed");
            case REVEALED -> getTranslation("exercise.revealed");
        });
        boolean open = lesson.acceptsSubmissions() && page != null;
        submit.setEnabled(open);
        threshold.setFlaggingEnabled(open);
        table.setFlaggingEnabled(lesson.acceptsSubmissions());
        flagsChanged();
        receipts.removeAll();
        for (Receipt r : service.classroom().receipts(participant)) {
            ListItem li = new ListItem();
            li.setText(getTranslation("exercise.receipt", r.number(), // the viewer's clock, not the data's
                    Languages.texts().time(r.submittedAt(), ViewerTime.zone()), ViewerTime.label(ViewerTime.zone()), r.flagged()));
            receipts.add(li);
        }
        if (lesson.truthShown() && page != null) {
            showTruth();
        }
    }

    private void showTruth() {
        try {
            Optional<Reveal> r = service.classroom().truthFor(participant);
            if (r.isEmpty()) {
                return;
            }
            ExerciseReveal er = new ExerciseReveal(page, r.get());
            message.setText(""); // "scores stay hidden until the reveal" no longer holds
            table.reveal(er);
            // The score and the table now show the truth: the heading says so, and the score comes first.
            tableSection.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.H3).findFirst()
                    .ifPresent(h -> ((com.vaadin.flow.component.html.H3) h).setText(getTranslation("exercise.tableRevealed")));
            addComponentAtIndex(indexOf(message) + 1, revealPanel);
            mistakesOnly.setVisible(true);
            revealPanel.setVisible(true);
            revealPanel.show(er, lesson.costs(), page.data().state().shows("network"));
        } catch (org.spamouflage.sandbox.scenario.InvalidScenarioException e) {
            message.setText(getTranslation("exercise.truthFailed", e.getMessage()));
        }
    }

    /** Another student's submission changes nothing here; a new status (closed, revealed) does. */
    private void lessonChanged() {
        StudentLesson now = service.classroom().studentLesson(participant);
        if (lesson == null || now.status() != lesson.status() || now.acceptsSubmissions() != lesson.acceptsSubmissions()
                || now.truthShown() != lesson.truthShown()) {
            refresh();
        }
    }

    private void flagsChanged() {
        int n = table.flagged().size();
        submit.setText(getTranslation("exercise.submit", n));
    }

    private void submit() {
        try {
            Receipt r = service.classroom().submit(participant, table.flagged());
            message.setText(getTranslation("exercise.received", r.number(), r.flagged())
                    + (lesson.truthShown() ? "" : " " + getTranslation("exercise.hiddenUntilReveal")));
        } catch (Refused e) {
            message.setText(e.getMessage());
        } catch (org.spamouflage.sandbox.scenario.InvalidScenarioException e) {
            message.setText(getTranslation("exercise.cannotPrepare", e.getMessage()));
        }
        refresh();
    }

    private void showAccount(String accountId) {
        card.removeAll();
        boolean truth = lesson != null && lesson.truthShown();
        String word = "";
        if (truth) {
            try {
                word = service.classroom().truthFor(participant)
                        .map(r -> new ExerciseReveal(page, r).truthWithRole(accountId, Languages.texts())).orElse("");
            } catch (org.spamouflage.sandbox.scenario.InvalidScenarioException e) {
                word = "";
            }
        }
        card.add(new AccountCardView(page.card(accountId, word, Languages.texts()), truth && !word.isEmpty()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (lesson != null && unsubscribe == null) {
            UI ui = attachEvent.getUI();
            unsubscribe = service.classroom().subscribe(lesson.participant().lessonId(),
                    () -> ui.access(this::lessonChanged));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (runner != null) {
            runner.cancel();
        }
    }

    /** For tests. */
    FlagTable table() {
        return table;
    }

    ExercisePage page() {
        return page;
    }
}
