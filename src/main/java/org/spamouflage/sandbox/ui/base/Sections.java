package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Page building blocks styled inline (the app has no theme folder of its own). */
public final class Sections {
    private Sections() {
    }

    /** A titled block with an id, e.g. {@code panel-roc}. */
    public static Div section(String id, String title, Component... content) {
        Div d = new Div();
        d.setId(id);
        H3 h = new H3(title);
        h.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-s) 0").set("font-size", "var(--lumo-font-size-l)");
        d.add(h);
        d.add(content);
        d.getStyle().set("width", "100%");
        return d;
    }

    /** Children laid out in as many columns of at least {@code minWidth} as fit. */
    public static Div grid(String minWidth) {
        Div d = new Div();
        d.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(" + minWidth + ", 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        return d;
    }

    /** A bordered card. */
    public static Div card() {
        Div d = new Div();
        d.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("background", "var(--lumo-base-color)")
                .set("min-width", "0");
        return d;
    }

    /** Small secondary text (set as text). */
    public static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    /** A chart of the given height. */
    public static SandboxChart chart(String id, String height) {
        SandboxChart c = new SandboxChart();
        c.setId(id);
        c.setHeight(height);
        return c;
    }
}
