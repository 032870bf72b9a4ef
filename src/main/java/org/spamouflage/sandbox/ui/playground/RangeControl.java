package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.spamouflage.sandbox.playground.PlaygroundState;

/**
 * A labelled slider: a plain {@code <input type="range">} (Vaadin 24's free set has no slider) that
 * sends its value after {@value #DEBOUNCE_MS} ms without movement, so dragging does not flood the
 * server: the debounce happens in the browser.
 */
public class RangeControl extends Div {
    public static final int DEBOUNCE_MS = 300;

    private final Input input = new Input(ValueChangeMode.LAZY);
    private final Span value = new Span();

    public RangeControl(String id, String label, double min, double max, double step) {
        setId(id);
        input.setId(id + "-input");
        input.setType("range");
        input.getElement().setAttribute("min", PlaygroundState.formatNumber(min));
        input.getElement().setAttribute("max", PlaygroundState.formatNumber(max));
        input.getElement().setAttribute("step", PlaygroundState.formatNumber(step));
        input.getElement().setAttribute("aria-label", label);
        input.setValueChangeTimeout(DEBOUNCE_MS);
        input.setWidthFull();
        value.setId(id + "-value");
        Span name = new Span();
        name.setText(label);
        Div head = new Div(name, value);
        head.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        value.getStyle().set("font-weight", "600").set("color", "var(--lumo-body-text-color)");
        add(head, input);
        getStyle().set("margin-bottom", "var(--lumo-space-s)").set("width", "100%");
    }

    public Input input() {
        return input;
    }

    /** Shows a value without firing a change. */
    public void show(String v) {
        input.setValue(v);
        value.setText(v);
    }

    public void showLabel(String v) {
        value.setText(v);
    }

    public void setLocked(boolean locked) {
        input.setEnabled(!locked);
        getStyle().set("opacity", locked ? "0.6" : "1");
        getElement().setAttribute("data-locked", locked ? "true" : "false");
    }
}
