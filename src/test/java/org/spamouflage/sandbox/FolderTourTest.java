package org.spamouflage.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's folder tour names every package and every path it names exists. */
class FolderTourTest {
    private static final Path SOURCES = Path.of("src/main/java/org/spamouflage/sandbox");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

    @Test
    void theTourListsExactlyTheTopLevelPackages() throws IOException {
        TreeSet<String> toured = new TreeSet<>();
        for (String path : touredPaths()) {
            String p = path.replace("src/main/java/org/spamouflage/sandbox/", "…/");
            if (p.startsWith("…/")) {
                toured.add(p.substring(2).replaceAll("/$", ""));
            }
        }
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        assertEquals(packages, toured);
    }

    @Test
    void everyPathTheTourNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String path : touredPaths()) {
            Path p = path.startsWith("…/") ? SOURCES.resolve(path.substring(2)) : Path.of(path);
            if (!Files.exists(p)) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<String> touredPaths() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Folder tour");
        List<String> paths = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.find()) {
                paths.add(m.group(1).replace("src/main/java/org/spamouflage/sandbox/", "…/"));
            }
        }
        return paths;
    }
}
