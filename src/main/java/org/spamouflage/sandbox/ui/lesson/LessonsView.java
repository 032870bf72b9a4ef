package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.spamouflage.sandbox.app.LessonService;
import org.spamouflage.sandbox.lesson.JoinCodes;
import org.spamouflage.sandbox.lesson.Lesson;
import org.spamouflage.sandbox.security.Roles;
import org.spamouflage.sandbox.ui.base.MainLayout;
import org.spamouflage.sandbox.ui.base.Sections;

/** Instructors' list of lessons: open one, make a new one, show archived ones too. */
@RolesAllowed(Roles.INSTRUCTOR)
@Route(value = "lessons", layout = MainLayout.class)
public class LessonsView extends Div {
    private final LessonService service;
    private final Grid<Lesson> grid = new Grid<>();
    private final Checkbox archived = new Checkbox(getTranslation("lessons.showArchived"));

    public LessonsView(LessonService service) {
        this.service = service;
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        Button create = new Button(getTranslation("lessons.new"), e -> UI.getCurrent().navigate(LessonEditView.class));
        create.setId("new-lesson");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archived.setId("show-archived");
        archived.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(create, archived);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("lessons.heading")), Sections.note(getTranslation("lessons.intro")),
                bar, configureGrid());
        refresh();
    }

    private Grid<Lesson> configureGrid() {
        grid.setId("lessons");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Lesson::title).setHeader(getTranslation("lessons.col.title")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("lessons.data", l.scenarioName(), l.state().seed())).setHeader(getTranslation("lessons.col.data")).setFlexGrow(1);
        grid.addColumn(l -> JoinCodes.display(l.joinCode())).setHeader(getTranslation("join.code")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(l -> status(l)).setHeader(getTranslation("lessons.col.status")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Lesson::owner).setHeader(getTranslation("lessons.col.owner")).setWidth("9rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(LessonView.class,
                new RouteParameters("id", Long.toString(e.getItem().id()))));
        return grid;
    }

    static String status(Lesson l) {
        var t = org.spamouflage.sandbox.ui.base.Languages.texts();
        String s = t.get(switch (l.status()) {
            case OPEN -> "lessons.status.open";
            case CLOSED -> "lessons.status.closed";
            case REVEALED -> "lessons.status.revealed";
        });
        return l.archived() ? s + " · " + t.get("lessons.status.archived") : s;
    }

    private void refresh() {
        grid.setItems(service.classroom().lessons(archived.getValue()));
    }
}
