package org.spamouflage.sandbox.playground;

import java.util.List;

/**
 * One knob of the Playground.
 *
 * @param id       short stable id used in URLs ({@code bots=300})
 * @param label    what the learner sees
 * @param group    panel group ({@code Campaign}, {@code Population}, {@code Detector}, {@code Signals})
 * @param target   what the knob changes: {@code SCENARIO} (a JSON path in the scenario),
 *                 {@code SETTINGS} (a detector settings field), {@code SIGNAL} (a signal's on/off),
 *                 {@code WEIGHT} (a signal's weight)
 * @param path     scenario JSON path (dotted, from the root), settings field, or signal id
 * @param balance  for shares: the scenario path that absorbs the change so shares keep summing to 1; or null
 * @param min      smallest value (numbers)
 * @param max      largest value (numbers)
 * @param step     slider step (numbers); 1 for integers
 * @param choices  allowed values for choice controls; empty for numbers and toggles
 * @param help     one sentence on what moving it teaches
 */
public record Control(String id, String label, String group, Target target, String path, String balance,
                      double min, double max, double step, List<String> choices, String help) {

    public enum Target { SCENARIO, SETTINGS, SIGNAL, WEIGHT }

    public Control {
        choices = List.copyOf(choices);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    public boolean isToggle() {
        return target == Target.SIGNAL;
    }

    public boolean isInteger() {
        return step == Math.rint(step) && min == Math.rint(min) && !isChoice() && !isToggle();
    }
}
