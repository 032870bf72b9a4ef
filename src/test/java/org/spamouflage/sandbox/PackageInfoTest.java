package org.spamouflage.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package says what it is for, in its package-info.java (style.md). */
class PackageInfoTest {

    @Test
    void everyPackageWithJavaSourcesHasAPackageInfo() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> missing;
        try (Stream<Path> dirs = Files.walk(root)) {
            missing = dirs.filter(Files::isDirectory)
                    .filter(PackageInfoTest::holdsJavaSources)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .map(d -> root.relativize(d).toString())
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), missing);
    }

    private static boolean holdsJavaSources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
