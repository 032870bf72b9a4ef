package org.spamouflage.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code ui/} holds views and components. Code without Vaadin belongs in a feature package, where the
 * command line, the benchmarks and plain unit tests can use it; a few small helpers of the views may stay.
 */
class UiHoldsViewsTest {
    /** Vaadin-free helpers the views may keep beside them (package-info files do not count). */
    static final int MAX_PLAIN_FILES = 3;

    @Test
    void atMostThreeFilesUnderUiHaveNoVaadinImport() throws IOException {
        Path ui = Path.of("src/main/java/org/spamouflage/sandbox/ui");
        List<String> plain;
        try (Stream<Path> files = Files.walk(ui)) {
            plain = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .filter(f -> !importsVaadin(f))
                    .map(f -> ui.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        assertTrue(plain.size() <= MAX_PLAIN_FILES, "files under ui/ without a Vaadin import: " + plain);
    }

    private static boolean importsVaadin(Path file) {
        try {
            return Files.readString(file).contains("import com.vaadin.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
