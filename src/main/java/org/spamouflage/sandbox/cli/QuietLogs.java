package org.spamouflage.sandbox.cli;

/**
 * Libraries the commands use directly (Flyway, the Hikari pool) report every step at INFO; without
 * Spring Boot's logging set-up that lands on the console, so commands keep only their warnings.
 */
final class QuietLogs {
    private QuietLogs() {
    }

    static void warningsOnly(String... loggers) {
        for (String name : loggers) {
            if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger l) {
                l.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }
}
