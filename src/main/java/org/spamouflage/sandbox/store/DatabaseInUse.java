package org.spamouflage.sandbox.store;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns "the H2 file is locked by another process" at start-up into Spring Boot's short "APPLICATION
 * FAILED TO START" report (one description, one action) instead of a 140-line stack trace: an H2
 * file database has one user at a time, so a second copy of the app (or the {@code instructor}
 * command) on the same file is refused. Registered in {@code META-INF/spring.factories}.
 */
public final class DatabaseInUse implements FailureAnalyzer {

    /** H2's error code for "Database may be already in use" ({@code ErrorCode.DATABASE_ALREADY_OPEN_1}). */
    static final int ALREADY_OPEN = 90020;

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        SQLException locked = find(failure);
        if (locked == null) {
            return null;
        }
        String file = fileIn(locked.getMessage());
        return new FailureAnalysis("The database " + file + " is in use by another process (another copy of this app, "
                + "or the instructor command): an H2 file database has one user at a time.",
                "Stop the other process, or start this one on another database file, e.g. "
                        + "--sandbox.db.path=./data/other (or SANDBOX_DB_PATH=./data/other).", failure);
    }

    /** The H2 "already in use" error anywhere in the cause chain, or null. */
    static SQLException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s && (s.getErrorCode() == ALREADY_OPEN
                    || String.valueOf(s.getMessage()).contains("Database may be already in use"))) {
                return s;
            }
        }
        return null;
    }

    /** The quoted file name in H2's message ({@code … in use: "/x/sandbox.mv.db". Possible …}), else "file". */
    static String fileIn(String message) {
        String m = String.valueOf(message);
        int a = m.indexOf('"');
        int b = a < 0 ? -1 : m.indexOf('"', a + 1);
        return b > a ? m.substring(a + 1, b) : "file";
    }
}
