package org.spamouflage.sandbox.detection;

import java.util.List;
import java.util.stream.Collectors;

/** Detector settings that cannot be used, with every problem found (one per line in the message). */
public final class InvalidSettingsException extends IllegalArgumentException {
    private final transient List<SettingsProblem> problems;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        super(problems.stream().map(SettingsProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
