package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.lesson.ClassroomCsv;
import org.spamouflage.sandbox.lesson.ExerciseStatus;
import org.spamouflage.sandbox.lesson.JoinCodes;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.lesson.Refused;
import org.spamouflage.sandbox.security.Roles;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.base.Urls;

/**
 * One lesson, for its instructor: the join code and link (rotate the code), the live class board
 * (push refreshes it after every submission), close / reopen / reveal the truth, CSV exports, and
 * edit, copy for next term, archive.
 */
@RolesAllowed(Roles.INSTRUCTOR)
@Route(value = "lessons/:id([0-9]+)", layout = MainLayout.class)
public class LessonView extends Div implements BeforeEnterObserver {
    private final LessonService service;
    private final AuthenticationContext auth;
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Span code = new Span();
    private final Anchor joinLink = new Anchor();
    private final Paragraph status = new Paragraph();
    private final Button close = new Button(getTranslation("lesson.close"));
    private final Button reopen = new Button(getTranslation("lesson.reopen"));
    private final Button reveal = new Button(getTranslation("lesson.reveal"));
    private final Button archive = new Button();
    private final BoardGrid board = new BoardGrid("board");
    private final Anchor boardCsv = new Anchor();
    private final Anchor submissionsCsv = new Anchor();
    private Lesson lesson;
    private Runnable unsubscribe;
    /** The app's address, read while a request is at hand (refreshes pushed from other sessions have none). */
    private String base = "";

    public LessonView(LessonService service, AuthenticationContext auth) {
        this.service = service;
        this.auth = auth;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        title.setId("lesson-heading");
        summary.setId("lesson-summary");
        code.setId("join-code-shown");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700")
                .set("letter-spacing", "0.08em").set("font-family", "monospace");
        joinLink.setId("join-link");
        status.setId("lesson-status");
        add(title, summary, configureCode(), Sections.section("panel-run", getTranslation("page.exercise"), status, configureActions()),
                Sections.section("panel-board", getTranslation("lesson.board"), board, configureExports()), configureLessonActions());
    }

    private Div configureCode() {
        Button rotate = new Button(getTranslation("lesson.newCode"), e -> act(() -> service.classroom().rotateCode(lesson.id())));
        rotate.setId("rotate-code");
        rotate.setTooltipText(getTranslation("lesson.newCode.help"));
        HorizontalLayout row = new HorizontalLayout(code, rotate);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(Sections.note(getTranslation("lesson.joinHint")), row, joinLink);
    }

    private HorizontalLayout configureActions() {
        close.setId("close-exercise");
        close.addClickListener(e -> act(() -> service.classroom().close(lesson.id())));
        reopen.setId("reopen-exercise");
        reopen.addClickListener(e -> act(() -> service.classroom().reopen(lesson.id())));
        reveal.setId("reveal-truth");
        reveal.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reveal.addClickListener(e -> {
            ConfirmDialog d = new ConfirmDialog(getTranslation("lesson.reveal.confirm"), getTranslation("lesson.reveal.text"),
                    getTranslation("lesson.reveal.button"),
                    ev -> act(() -> service.classroom().reveal(lesson.id())));
            d.setCancelable(true);
            d.setCancelText(getTranslation("common.cancel"));
            d.setConfirmButtonTheme("error primary");
            d.setId("reveal-confirm");
            d.open();
        });
        return new HorizontalLayout(close, reopen, reveal);
    }

    private HorizontalLayout configureExports() {
        boardCsv.setText(getTranslation("lesson.boardCsv"));
        boardCsv.setId("board-csv");
        submissionsCsv.setText(getTranslation("lesson.submissionsCsv"));
        submissionsCsv.setId("submissions-csv");
        return new HorizontalLayout(boardCsv, submissionsCsv);
    }

    private HorizontalLayout configureLessonActions() {
        Button edit = new Button(getTranslation("lesson.edit"), e -> UI.getCurrent().navigate(LessonEditView.class,
                new RouteParameters("id", Long.toString(lesson.id()))));
        edit.setId("edit-lesson");
        Button copy = new Button(getTranslation("lesson.copy"), e -> {
            Lesson c = service.classroom().copy(lesson.id(), auth.getPrincipalName().orElse("instructor"));
            UI.getCurrent().navigate(LessonView.class, new RouteParameters("id", Long.toString(c.id())));
        });
        copy.setId("copy-lesson");
        archive.setId("archive-lesson");
        archive.addClickListener(e -> act(() -> service.classroom().archive(lesson.id(), !lesson.archived())));
        Button all = new Button(getTranslation("lesson.all"), e -> UI.getCurrent().navigate(LessonsView.class));
        HorizontalLayout row = new HorizontalLayout(edit, copy, archive, all);
        row.getStyle().set("margin-top", "var(--lumo-space-l)");
        return row;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            lesson = service.classroom().lesson(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (Refused r) {
            event.forwardTo(LessonsView.class);
            return;
        }
        base = Urls.base();
        String stem = "lesson-" + lesson.id();
        long id = lesson.id();
        boardCsv.setHref(csv(stem + "-board.csv", () -> ClassroomCsv.board(service.classroom().board(id))));
        submissionsCsv.setHref(csv(stem + "-submissions.csv",
                () -> ClassroomCsv.submissions(service.classroom().submissions(id))));
        if (unsubscribe != null) {
            subscribe(event.getUI()); // the same view shows another lesson (after "copy")
        }
        refresh();
    }

    private void act(Supplier<Lesson> action) {
        try {
            lesson = action.get();
        } catch (Refused r) {
            status.setText(r.getMessage());
            return;
        }
        refresh();
    }

    private void refresh() {
        lesson = service.classroom().lesson(lesson.id());
        title.setText(lesson.title());
        var t = Languages.texts();
        summary.setText(getTranslation("lessons.data", lesson.scenarioName(), lesson.state().seed()) + " · "
                + getTranslation(lesson.state().hideTruth() ? "lesson.truthHidden" : "lesson.truthShown")
                + " · " + getTranslation("lesson.costs", t.num(lesson.costs().falsePositive(), 2),
                        t.num(lesson.costs().falseNegative(), 2))
                + (lesson.state().language().isEmpty() ? "" : " · " + getTranslation("lesson.language",
                        Language.of(lesson.state().language()).map(Language::nativeName).orElse(lesson.state().language())))
                + (lesson.copiedFrom() == null ? "" : " · " + getTranslation("lesson.copiedFrom", lesson.copiedFrom())));
        code.setText(JoinCodes.display(lesson.joinCode()));
        String url = base + "/join?code=" + lesson.joinCode();
        joinLink.setHref(url);
        joinLink.setText(url);
        int students = service.classroom().participants(lesson.id()).size();
        status.setText(LessonsView.status(lesson) + " · " + getTranslation("lesson.counts", students,
                service.classroom().submissions(lesson.id()).size()));
        close.setEnabled(lesson.status() == ExerciseStatus.OPEN);
        reopen.setEnabled(lesson.status() == ExerciseStatus.CLOSED);
        reveal.setEnabled(lesson.status() != ExerciseStatus.REVEALED);
        archive.setText(getTranslation(lesson.archived() ? "lesson.unarchive" : "lesson.archive"));
        board.show(service.classroom().board(lesson.id()));
    }

    private static DownloadHandler csv(String file, Supplier<String> text) {
        return DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv; charset=utf-8", bytes.length);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (lesson != null) {
            subscribe(attachEvent.getUI());
        }
    }

    /** Every change to the lesson (a student joins or submits, the status changes) refreshes the page through push. */
    private void subscribe(UI ui) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        unsubscribe = service.classroom().subscribe(lesson.id(), () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}
