package org.spamouflage.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.dataset.DatasetFolder;

/**
 * Same scenario + seed ⇒ byte-identical exports across two JVM runs; a different seed differs.
 * Two separate processes, so nothing shared in one JVM (caches, hash seeds, class-init order) can
 * hide a source of nondeterminism.
 */
class GenerateDeterminismTest {

    @TempDir
    Path tmp;

    private Path generate(String seed, String name) throws IOException, InterruptedException {
        Path scenario = tmp.resolve("tiny.json");
        if (!Files.exists(scenario)) {
            try (var in = getClass().getClassLoader().getResourceAsStream("scenarios/test-tiny.json")) {
                Files.write(scenario, in.readAllBytes());
            }
        }
        Path out = tmp.resolve(name);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.spamouflage.sandbox.Application", "generate", "--scenario", scenario.toString(),
                "--seed", seed, "--out", out.toString()));
        Path log = tmp.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("generate did not finish in 180 s");
        }
        assertThat(p.exitValue()).as("exit code; output:%n%s", Files.readString(log, StandardCharsets.UTF_8))
                .isZero();
        return out;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAcrossJvmsAndAnotherSeedDiffers() throws Exception {
        Path a = generate("20230807", "a");
        Path b = generate("20230807", "b");
        Path c = generate("20230808", "c");

        assertThat(names(a)).containsExactlyInAnyOrderElementsOf(DatasetFolder.FILES);
        assertThat(names(b)).isEqualTo(names(a));
        for (String f : names(a)) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f + " differs between two runs with the same seed")
                    .isEqualTo(Files.readAllBytes(a.resolve(f)));
        }

        assertThat(Files.readString(c.resolve("manifest.json"))).contains("\"seed\": 20230808")
                .isNotEqualTo(Files.readString(a.resolve("manifest.json")));
        if (DatasetFolder.readManifest(a).posts() > 0) {
            // Meaningful once the generator makes posts; the placeholder generator makes none.
            assertThat(Files.readAllBytes(c.resolve("posts.jsonl")))
                    .as("posts.jsonl should differ for a different seed")
                    .isNotEqualTo(Files.readAllBytes(a.resolve("posts.jsonl")));
        }
    }
}
