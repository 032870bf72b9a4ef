package org.spamouflage.sandbox.playground;

import java.util.Locale;
import org.spamouflage.sandbox.detection.SignalInfo;
import org.spamouflage.sandbox.i18n.Texts;

/**
 * The words of the Playground's controls and of the signals in the reader's language. The
 * catalogues ({@code Controls}, the detection's {@code SignalInfo}) keep their English texts for
 * the command line; pages look them up here by id ({@code control.<id>}, {@code signal.<id>.title}),
 * falling back to the catalogue's English for an id the bundles do not know.
 */
public final class ControlTexts {
    private ControlTexts() {
    }

    public static String label(Control c, Texts t) {
        return switch (c.target()) {
            case SIGNAL -> signalTitle(c.path(), c.label(), t);
            case WEIGHT -> t.get("control.weight", signalTitle(c.path(), c.label().replaceFirst(" weight$", ""), t));
            default -> t.getOr("control." + c.id(), c.label());
        };
    }

    public static String help(Control c, Texts t) {
        return switch (c.target()) {
            case SIGNAL -> t.getOr("signal." + c.path() + ".direction", c.help());
            case WEIGHT -> t.get("control.weight.help");
            default -> t.getOr("control." + c.id() + ".help", c.help());
        };
    }

    /** A control group's name ("Campaign", "Campagne"); the group id stays the English word. */
    public static String group(String group, Texts t) {
        return t.getOr("control.group." + group.toLowerCase(Locale.ROOT), group);
    }

    public static String signalTitle(SignalInfo s, Texts t) {
        return signalTitle(s.id(), s.title(), t);
    }

    public static String signalDirection(SignalInfo s, Texts t) {
        return t.getOr("signal." + s.id() + ".direction", s.direction());
    }

    static String signalTitle(String id, String fallback, Texts t) {
        return t.getOr("signal." + id + ".title", fallback);
    }
}
