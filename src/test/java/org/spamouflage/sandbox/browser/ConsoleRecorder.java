package org.spamouflage.sandbox.browser;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a copy of everything the JVM prints to stdout and stderr from the moment it is installed,
 * so a browser test can check the application log (Spring Boot re-creates its log appenders at
 * start-up, but they write to whatever {@code System.out} is then, which is this tee).
 */
final class ConsoleRecorder {

    private static final ByteArrayOutputStream COPY = new ByteArrayOutputStream();
    private static boolean installed;

    private ConsoleRecorder() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        System.setOut(tee(System.out));
        System.setErr(tee(System.err));
    }

    /** Everything printed since {@link #install()}. */
    static String text() {
        synchronized (COPY) {
            return COPY.toString(StandardCharsets.UTF_8);
        }
    }

    private static PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (COPY) {
                    COPY.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (COPY) {
                    COPY.write(b, off, len);
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
