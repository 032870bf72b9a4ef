package org.spamouflage.sandbox.lesson;

import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.playground.PlaygroundState;

/**
 * What an instructor fills in for a lesson. The scenario is named here; the service stores its JSON
 * as it is at saving time.
 *
 * @param title        1–{@value #MAX_TITLE} characters
 * @param instructions up to {@value #MAX_INSTRUCTIONS} characters
 * @param scenarioName a scenario of the library (shipped or saved)
 * @param state        seed, controls, locked/hidden controls, panels, truth hidden or not
 * @param costs        cost per false positive and per false negative
 */
public record LessonDraft(String title, String instructions, String scenarioName, PlaygroundState state, Costs costs) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_INSTRUCTIONS = 10_000;

    public LessonDraft {
        title = title == null ? "" : title.strip();
        instructions = instructions == null ? "" : instructions.strip();
        if (state != null && scenarioName != null && !scenarioName.equals(state.scenario())) {
            // The state names the scenario too; the lesson's own field wins.
            state = new PlaygroundState(scenarioName, state.seed(), state.values(), state.threshold(), state.locked(),
                    state.hidden(), state.panels(), state.hideTruth(), state.language());
        }
    }

    /** A new exercise: the truth hidden, mistakes cost the same. */
    public static LessonDraft exercise(String title, String scenarioName, long seed) {
        return new LessonDraft(title, "", scenarioName, PlaygroundState.initial(scenarioName, seed).withHideTruth(true),
                Costs.EQUAL);
    }

    /** Every reason the draft cannot be saved (empty when it can). */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (title.isEmpty()) {
            out.add("title: give the lesson a title");
        } else if (title.length() > MAX_TITLE) {
            out.add("title: " + title.length() + " characters; at most " + MAX_TITLE);
        }
        if (instructions.length() > MAX_INSTRUCTIONS) {
            out.add("instructions: " + instructions.length() + " characters; at most " + MAX_INSTRUCTIONS);
        }
        if (scenarioName == null || scenarioName.isBlank()) {
            out.add("scenario: choose a scenario");
        }
        if (state == null) {
            out.add("settings: missing");
        } else if (state.toQuery().length() > 8000) {
            out.add("settings: the Playground state is " + state.toQuery().length() + " characters long; at most 8000");
        }
        if (costs == null) {
            out.add("costs: missing");
        }
        return out;
    }
}
