package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.spamouflage.sandbox.playground.PlaygroundState;

/**
 * The Playground state a browser session last showed, so Explore opened from the menu reads the
 * same run the Playground shows.
 */
public final class CurrentState {
    private static final String KEY = CurrentState.class.getName();

    private CurrentState() {
    }

    public static void set(PlaygroundState state) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null) {
            s.setAttribute(KEY, state.toQuery());
        }
    }

    /** The last state's query string, if this session has shown the Playground. */
    public static Optional<String> query() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? Optional.empty() : Optional.ofNullable((String) s.getAttribute(KEY));
    }
}
