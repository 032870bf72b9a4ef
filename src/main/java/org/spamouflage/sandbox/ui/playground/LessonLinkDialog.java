package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.spamouflage.sandbox.playground.Control;
import org.spamouflage.sandbox.playground.Controls;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * For instructors: tick which controls students may not move (locked: shown disabled) or not see
 * (hidden), which result panels to show and whether the truth starts hidden; the dialog shows the
 * link that reproduces this screen with those rules.
 */
public class LessonLinkDialog extends Dialog {
    private final PlaygroundState state;
    private final String base;
    private final Map<String, Checkbox> lock = new LinkedHashMap<>();
    private final Map<String, Checkbox> hide = new LinkedHashMap<>();
    private final CheckboxGroup<String> panels = new CheckboxGroup<>("Panels shown");
    private final Checkbox truth = new Checkbox("Start with the truth hidden (guess first)");
    private final TextField url = new TextField("Lesson link");
    private final Anchor open = new Anchor("", "Open link");

    public LessonLinkDialog(PlaygroundState state, String base) {
        this.state = state;
        this.base = base;
        setHeaderTitle("Lesson link");
        setWidth("min(760px, 95vw)");
        add(Sections.note("The link fixes the scenario, the seed, every moved control and the threshold as they are "
                + "now. Tick what students may not move or not see."));
        Div rows = Sections.grid("330px");
        row(rows, "scenario", "Scenario picker");
        row(rows, "seed", "Seed and “new seed”");
        row(rows, "threshold", "Threshold and presets");
        row(rows, "truth", "“Hide the truth” switch");
        for (Control c : Controls.all()) {
            row(rows, c.id(), c.group() + ": " + c.label());
        }
        rows.getStyle().set("max-height", "40vh").set("overflow", "auto");
        panels.setId("lesson-panels");
        panels.setItems(PlaygroundState.PANELS);
        panels.setValue(state.panels().isEmpty() ? new TreeSet<>(PlaygroundState.PANELS) : state.panels());
        panels.addValueChangeListener(e -> update());
        truth.setId("lesson-truth");
        truth.setValue(state.hideTruth());
        truth.addValueChangeListener(e -> update());
        url.setId("lesson-url");
        url.setReadOnly(true);
        url.setWidthFull();
        Button copy = new Button("Copy link", e -> getElement().executeJs(
                "if (navigator.clipboard) { navigator.clipboard.writeText($0); }", url.getValue()));
        copy.setId("lesson-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button("Close", e -> close());
        add(rows, panels, truth, url);
        open.setId("lesson-open");
        getFooter().add(open, close, copy);
        update();
    }

    private void row(Div rows, String id, String label) {
        Checkbox l = new Checkbox("lock");
        l.setId("lock-" + id.replace('.', '_'));
        l.setValue(state.isLocked(id));
        Checkbox h = new Checkbox("hide");
        h.setId("hide-" + id.replace('.', '_'));
        h.setValue(state.isHidden(id));
        l.addValueChangeListener(e -> update());
        h.addValueChangeListener(e -> update());
        lock.put(id, l);
        hide.put(id, h);
        Span name = new Span();
        name.setText(label);
        name.getStyle().set("flex", "1").set("font-size", "var(--lumo-font-size-s)");
        Div r = new Div(name, l, h);
        r.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        rows.add(r);
    }

    /** The state the link carries. */
    public PlaygroundState lessonState() {
        SortedSet<String> locked = new TreeSet<>();
        SortedSet<String> hidden = new TreeSet<>();
        lock.forEach((id, box) -> {
            if (box.getValue()) {
                locked.add(id);
            }
        });
        hide.forEach((id, box) -> {
            if (box.getValue()) {
                hidden.add(id);
            }
        });
        SortedSet<String> shown = new TreeSet<>(panels.getValue());
        if (shown.size() == PlaygroundState.PANELS.size()) {
            shown.clear();
        }
        return state.withLessonControls(locked, hidden, shown).withHideTruth(truth.getValue());
    }

    public String link() {
        return base + "/?" + lessonState().toQuery();
    }

    private void update() {
        url.setValue(link());
        open.setHref(link());
    }
}
