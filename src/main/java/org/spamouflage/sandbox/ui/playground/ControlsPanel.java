package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spamouflage.sandbox.playground.Control;
import org.spamouflage.sandbox.playground.Controls;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.playground.ControlTexts;
import org.spamouflage.sandbox.playground.ControlValues;

/**
 * Every Playground control, built from the catalogue ({@link Controls}) and grouped in collapsible
 * sections. Hidden controls are not built; locked ones are shown disabled. A move is reported
 * upward as a {@link ControlChangedEvent}.
 */
public class ControlsPanel extends Div {

    /** A learner moved a control. */
    public static class ControlChangedEvent extends ComponentEvent<ControlsPanel> {
        private final Control control;
        private final String value;

        public ControlChangedEvent(ControlsPanel source, Control control, String value) {
            super(source, true);
            this.control = control;
            this.value = value;
        }

        public Control control() {
            return control;
        }

        public String value() {
            return value;
        }
    }

    public ControlsPanel() {
        setId("controls");
        setWidthFull();
    }

    public Registration addControlChangedListener(ComponentEventListener<ControlChangedEvent> l) {
        return addListener(ControlChangedEvent.class, l);
    }

    /** Builds the controls for a state; values come from the state or, where unmoved, the scenario. */
    public void build(PlaygroundState state, ControlValues values) {
        removeAll();
        Texts t = Languages.texts();
        Map<String, Details> groups = new LinkedHashMap<>();
        for (Control c : Controls.all()) {
            if (state.isHidden(c.id()) || values.current(state, c.id()) == null) {
                continue;
            }
            Details group = groups.computeIfAbsent(c.group(), g -> {
                Details d = new Details(ControlTexts.group(g, t));
                d.setId("group-" + g.toLowerCase(java.util.Locale.ROOT));
                d.setOpened(!"Signals".equals(g));
                d.setWidthFull();
                return d;
            });
            group.add(component(c, values.current(state, c.id()), state.isLocked(c.id()), t));
        }
        groups.values().forEach(this::add);
    }

    static String id(Control c) {
        return "control-" + c.id().replace('.', '_');
    }

    private com.vaadin.flow.component.Component component(Control c, String value, boolean locked, Texts t) {
        String label = ControlTexts.label(c, t);
        String help = ControlTexts.help(c, t);
        if (c.isToggle()) {
            Checkbox box = new Checkbox(label, "on".equals(value));
            box.setId(id(c));
            box.setTooltipText(help);
            box.setEnabled(!locked);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    fireEvent(new ControlChangedEvent(this, c, e.getValue() ? "on" : "off"));
                }
            });
            return box;
        }
        if (c.isChoice()) {
            Select<String> select = new Select<>();
            select.setId(id(c));
            select.setLabel(label);
            select.setItems(c.choices());
            select.setValue(value);
            select.setTooltipText(help);
            select.setEnabled(!locked);
            select.setWidthFull();
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    fireEvent(new ControlChangedEvent(this, c, e.getValue()));
                }
            });
            return select;
        }
        RangeControl range = new RangeControl(id(c), label, c.min(), c.max(), c.step());
        range.show(value);
        range.setLocked(locked);
        range.getElement().setAttribute("title", help);
        range.input().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().isEmpty()) {
                String v = PlaygroundState.formatNumber(Double.parseDouble(e.getValue()));
                range.showLabel(v);
                fireEvent(new ControlChangedEvent(this, c, v));
            }
        });
        return range;
    }
}
