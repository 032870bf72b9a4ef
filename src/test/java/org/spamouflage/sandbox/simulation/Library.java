package org.spamouflage.sandbox.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.scenario.InvalidScenarioException;
import org.spamouflage.sandbox.scenario.Scenario;
import org.spamouflage.sandbox.scenario.ScenarioJson;

/** Test helpers: the shipped scenario files, generated once per JVM and shared by test classes. */
final class Library {
    static final Path DIR = Path.of("scenarios");
    private static final ConcurrentHashMap<String, Generated> CACHE = new ConcurrentHashMap<>();

    private Library() {
    }

    static Scenario scenario(String name) {
        Path file = DIR.resolve(name + ".json");
        try {
            return ScenarioJson.parse(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The scenario generated with the library's test seed, cached. */
    static Generated generated(String name) {
        return CACHE.computeIfAbsent(name, n -> Generator.generate(scenario(n), 2023));
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> out = new ArrayList<>();
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted()
                    .forEach(f -> out.add(f.substring(0, f.length() - ".json".length())));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of a generation, one per line, in order: two equal strings mean equal datasets. */
    static String canonical(Generated g) {
        StringBuilder sb = new StringBuilder();
        sb.append(g.dataset().info()).append('\n');
        g.dataset().accounts().forEach(a -> sb.append(a).append('\n'));
        g.dataset().posts().forEach(p -> sb.append(p).append('\n'));
        g.dataset().engagements().forEach(e -> sb.append(e).append('\n'));
        g.dataset().targets().forEach(t -> sb.append(t).append('\n'));
        g.truth().accounts().values().forEach(t -> sb.append(t).append('\n'));
        g.truth().posts().values().forEach(t -> sb.append(t).append('\n'));
        return sb.toString();
    }

    static int localHour(long epochSecond, ZoneId zone) {
        return Instant.ofEpochSecond(epochSecond).atZone(zone).getHour();
    }

    /** The hour (0–23) with the most posts, in the given zone. */
    static int peakHour(List<Post> posts, ZoneId zone) {
        int[] hours = new int[24];
        for (Post p : posts) {
            hours[localHour(p.time(), zone)]++;
        }
        int best = 0;
        for (int h = 1; h < 24; h++) {
            if (hours[h] > hours[best]) {
                best = h;
            }
        }
        return best;
    }
}
