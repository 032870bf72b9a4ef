package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * Which participant this browser session is, kept on the server (the browser only has its session
 * cookie), so a student cannot act as another by changing a URL.
 */
final class StudentSession {
    private static final String KEY = StudentSession.class.getName() + ".participant";

    private StudentSession() {
    }

    static void set(long participantId) {
        VaadinSession.getCurrent().setAttribute(KEY, participantId);
    }

    static Optional<Long> participant() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? Optional.empty() : Optional.ofNullable((Long) s.getAttribute(KEY));
    }

    static void clear() {
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null) {
            s.setAttribute(KEY, null);
        }
    }
}
