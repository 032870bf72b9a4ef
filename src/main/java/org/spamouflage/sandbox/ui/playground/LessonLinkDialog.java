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
import com.vaadin.flow.component.select.Select;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.playground.Control;
import org.spamouflage.sandbox.playground.Controls;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.playground.ControlTexts;

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
    private final CheckboxGroup<String> panels = new CheckboxGroup<>(getTranslation("lessonLink.panels"));
    private final Checkbox truth = new Checkbox(getTranslation("lessonLink.truth"));
    private final Select<String> language = new Select<>();
    private final TextField url = new TextField(getTranslation("lessonLink.url"));
    private final Anchor open = new Anchor("", getTranslation("lessonLink.open"));
    private final Span copied = new Span();

    public LessonLinkDialog(PlaygroundState state, String base) {
        this.state = state;
        this.base = base;
        Texts t = Languages.texts();
        setHeaderTitle(t.get("lessonLink.title"));
        setWidth("min(760px, 95vw)");
        add(Sections.note(t.get("lessonLink.intro")));
        Div rows = Sections.grid("min(330px, 100%)");
        row(rows, "scenario", t.get("lessonLink.row.scenario"));
        row(rows, "seed", t.get("lessonLink.row.seed"));
        row(rows, "threshold", t.get("lessonLink.row.threshold"));
        row(rows, "truth", t.get("lessonLink.row.truth"));
        for (Control c : Controls.all()) {
            row(rows, c.id(), t.get("lessonLink.row.control", ControlTexts.group(c.group(), t), ControlTexts.label(c, t)));
        }
        rows.getStyle().set("max-height", "40vh").set("overflow", "auto");
        panels.setId("lesson-panels");
        panels.setItems(PlaygroundState.PANELS);
        panels.setItemLabelGenerator(p -> t.get("lessonLink.panel." + p));
        panels.setValue(state.panels().isEmpty() ? new TreeSet<>(PlaygroundState.PANELS) : state.panels());
        panels.addValueChangeListener(e -> update());
        truth.setId("lesson-truth");
        truth.setValue(state.hideTruth());
        truth.addValueChangeListener(e -> update());
        language.setId("lesson-language");
        language.setLabel(t.get("lessonLink.language"));
        language.setItems("", "en", "fr");
        language.setItemLabelGenerator(code -> code.isEmpty() ? t.get("lessonLink.language.reader")
                : Language.of(code).map(Language::nativeName).orElse(code));
        language.setValue(PlaygroundState.LANGUAGES.contains(state.language()) ? state.language() : "");
        language.addValueChangeListener(e -> update());
        url.setId("lesson-url");
        url.setReadOnly(true);
        url.setWidthFull();
        copied.setId("lesson-copied");
        copied.getElement().setAttribute("role", "status");
        copied.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-success-text-color)");
        // The browser says whether the clipboard took the link; the page then says so (or how to copy by hand).
        Button copy = new Button(t.get("lessonLink.copy"), e -> getElement().executeJs(
                "return navigator.clipboard ? navigator.clipboard.writeText($0).then(function () { return true; },"
                        + " function () { return false; }) : false;", url.getValue())
                .then(Boolean.class, ok -> copied.setText(t.get(Boolean.TRUE.equals(ok) ? "lessonLink.copied"
                        : "lessonLink.copyByHand")), err -> copied.setText(t.get("lessonLink.copyByHand"))));
        copy.setId("lesson-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(t.get("lessonLink.close"), e -> close());
        add(rows, panels, truth, language, url, copied);
        open.setId("lesson-open");
        getFooter().add(open, close, copy);
        update();
    }

    private void row(Div rows, String id, String label) {
        Checkbox l = new Checkbox(getTranslation("lessonLink.lock"));
        l.setId("lock-" + id.replace('.', '_'));
        l.setAriaLabel(getTranslation("lessonLink.lock.of", label));
        l.setValue(state.isLocked(id));
        Checkbox h = new Checkbox(getTranslation("lessonLink.hide"));
        h.setAriaLabel(getTranslation("lessonLink.hide.of", label));
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
        return state.withLessonControls(locked, hidden, shown).withHideTruth(truth.getValue())
                .withLanguage(language.getValue() == null ? "" : language.getValue());
    }

    public String link() {
        return base + "/?" + lessonState().toQuery();
    }

    private void update() {
        copied.setText("");
        url.setValue(link());
        open.setHref(link());
    }
}
