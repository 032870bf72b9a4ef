package org.spamouflage.sandbox.app;

import java.util.List;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.store.SavedRun;

/**
 * A saved run made live again.
 *
 * @param saved    the stored run
 * @param state    the Playground state that shows it
 * @param matches  true when re-running gave exactly the saved summary metrics
 * @param warnings what differs or had to change (engine version, metrics, scenario restored under a new name)
 */
public record Reopened(SavedRun saved, PlaygroundState state, boolean matches, List<String> warnings) {
    public Reopened {
        warnings = List.copyOf(warnings);
    }
}
