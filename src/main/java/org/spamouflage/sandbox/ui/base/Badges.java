package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.html.Span;

/**
 * Small coloured labels (class, status). Styled inline with Lumo colour variables, because the app
 * never builds a theme of its own. The text is always set as text.
 */
public final class Badges {

    /** Colour families. */
    public enum Tone { CONTRAST, ERROR, SUCCESS, PRIMARY, NEUTRAL }

    private Badges() {
    }

    public static Span of(String text, Tone tone) {
        Span s = new Span();
        s.setText(text);
        String bg;
        String fg;
        switch (tone) {
            case ERROR -> {
                bg = "var(--lumo-error-color-10pct)";
                fg = "var(--lumo-error-text-color)";
            }
            case SUCCESS -> {
                bg = "var(--lumo-success-color-10pct)";
                fg = "var(--lumo-success-text-color)";
            }
            case PRIMARY -> {
                bg = "var(--lumo-primary-color-10pct)";
                fg = "var(--lumo-primary-text-color)";
            }
            case CONTRAST -> {
                bg = "var(--lumo-contrast-80pct)";
                fg = "var(--lumo-base-color)";
            }
            default -> {
                bg = "var(--lumo-contrast-10pct)";
                fg = "var(--lumo-body-text-color)";
            }
        }
        s.getStyle().set("background", bg).set("color", fg).set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0.1em 0.6em").set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("white-space", "nowrap");
        return s;
    }

    /**
     * The badge of a true class word ("campaign", "organic", "background bot"), possibly followed by
     * details ("organic · advocacy"): the colour and {@code data-truth} follow the class.
     */
    public static Span truth(String word) {
        String cls = word.split(" · ")[0];
        Span s = of(word, switch (cls) {
            case "campaign" -> Tone.ERROR;
            case "organic" -> Tone.SUCCESS;
            default -> Tone.NEUTRAL;
        });
        s.getElement().setAttribute("data-truth", cls);
        return s;
    }
}
