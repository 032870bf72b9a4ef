package org.spamouflage.sandbox.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.spamouflage.sandbox.detection.Signals;
import org.spamouflage.sandbox.playground.PlaygroundState;

/**
 * From the lesson form's fields to a {@link LessonDraft}, with every problem found at once. The
 * pasted lesson link supplies moved controls (and locked/hidden ones); the form's own fields win
 * for the scenario, the seed, the truth switch, the network panel and which signals are shown.
 */
public final class LessonForm {

    /** The draft, or the problems that stop it (then the draft is null). */
    public record Result(LessonDraft draft, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private LessonForm() {
    }

    /**
     * @param shownSignals ids of the signals students see; the others are hidden from them
     * @param costFp       cost per false positive (null when the field is empty)
     * @param costFn       cost per false negative (null when the field is empty)
     */
    public static Result draft(String title, String instructions, String scenario, String seed, String link,
                               boolean hideTruth, boolean showNetwork, Collection<String> shownSignals, Double costFp,
                               Double costFn) {
        return draft(title, instructions, scenario, seed, link, hideTruth, showNetwork, shownSignals, costFp, costFn, null);
    }

    /**
     * Like the other {@code draft}, with the lesson's language: {@code en} or {@code fr} opens the
     * students' pages in it, empty leaves each student's own, null keeps the pasted link's.
     */
    public static Result draft(String title, String instructions, String scenario, String seed, String link,
                               boolean hideTruth, boolean showNetwork, Collection<String> shownSignals, Double costFp,
                               Double costFn, String language) {
        List<String> problems = new ArrayList<>();
        long s = 1;
        try {
            s = Long.parseLong(seed == null ? "" : seed.strip());
        } catch (NumberFormatException e) {
            problems.add("seed: \"" + seed + "\" is not a whole number");
        }
        String query = link == null ? "" : link.strip();
        int q = query.indexOf('?');
        if (q >= 0) {
            query = query.substring(q + 1);
        }
        PlaygroundState.Parsed parsed = PlaygroundState.fromQuery(query, scenario == null ? "" : scenario, s);
        parsed.problems().forEach(p -> problems.add("Playground settings: " + p));
        PlaygroundState base = parsed.state();
        SortedSet<String> hidden = new TreeSet<>(base.hidden());
        hidden.removeIf(h -> h.startsWith("sig."));
        for (var signal : Signals.all()) {
            if (!shownSignals.contains(signal.info().id())) {
                hidden.add("sig." + signal.info().id());
            }
        }
        SortedSet<String> panels = new TreeSet<>(base.panels().isEmpty() ? PlaygroundState.PANELS : base.panels());
        if (showNetwork) {
            panels.add("network");
        } else {
            panels.remove("network");
        }
        if (panels.size() == PlaygroundState.PANELS.size()) {
            panels.clear();
        }
        PlaygroundState state = new PlaygroundState(scenario, s, base.values(), base.threshold(), base.locked(), hidden,
                panels, hideTruth, language == null ? base.language() : language);
        if (costFp == null || costFn == null) {
            problems.add("costs: give a cost per false alarm and per missed campaign account (0–" + (int) Costs.MAX + ")");
        } else {
            Costs.problems(costFp, costFn).forEach(p -> problems.add("costs: " + p));
        }
        if (!problems.isEmpty()) {
            LessonDraft partial = new LessonDraft(title, instructions, scenario, state, Costs.EQUAL);
            problems.addAll(0, partial.problems());
            return new Result(null, problems);
        }
        LessonDraft d = new LessonDraft(title, instructions, scenario, state, new Costs(costFp, costFn));
        return new Result(d.problems().isEmpty() ? d : null, d.problems());
    }
}
