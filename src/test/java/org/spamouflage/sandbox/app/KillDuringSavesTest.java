package org.spamouflage.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.lesson.ClassroomService;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.spamouflage.sandbox.store.SavedRun;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * kill -9 in the middle of saving loses nothing committed, in any store: a child JVM runs the app
 * and saves scenarios, runs, instructors, lessons and imports in a loop ({@link SaveUntilKilled}),
 * reporting each save once it has returned; after a second of saving it is killed with SIGKILL
 * (no shutdown hook, no clean database close). A new app on the same database file must then
 * hold every save that was reported.
 */
class KillDuringSavesTest {
    private static final ImportAccess OWNER = ImportLibraryTest.OWNER;

    @TempDir
    Path dir;

    @Test
    void everyCommittedSaveSurvivesSigkill() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SaveUntilKilled.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, List<String>> committed = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Thread watchdog = new Thread(() -> {
            try {
                if (!child.waitFor(5, TimeUnit.MINUTES)) {
                    child.destroyForcibly(); // never hang the build
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long killAt = Long.MAX_VALUE;
            while ((line = in.readLine()) != null) {
                if (line.equals("ready")) {
                    killAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                } else if (line.startsWith("failed ")) {
                    failures.add(line);
                } else if (line.startsWith("committed ")) {
                    String[] p = line.split(" ", 3);
                    committed.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[2]);
                }
                if (System.nanoTime() >= killAt && committed.getOrDefault("imports", List.of()).size() >= 2) {
                    child.destroyForcibly(); // SIGKILL, mid-loop: the next save is under way
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failures).isEmpty();
        assertThat(committed.keySet()).containsExactlyInAnyOrder("scenarios", "runs", "instructors", "lessons", "imports");

        try (ConfigurableApplicationContext again = TestApp.start(dir)) {
            SandboxService sandbox = again.getBean(SandboxService.class);
            ClassroomService classroom = again.getBean(LessonService.class).classroom();
            for (String name : committed.get("scenarios")) {
                assertThat(sandbox.scenarios().json(name)).as(name).hasValueSatisfying(j -> assertThat(j).contains(name));
            }
            assertThat(sandbox.runs().stream().map(r -> Long.toString(r.id())).toList())
                    .containsAll(committed.get("runs"));
            assertThat(again.getBean(InstructorRepository.class).names()).containsAll(committed.get("instructors"));
            for (String id : committed.get("lessons")) {
                assertThat(classroom.lesson(Long.parseLong(id)).title()).startsWith("Lesson ");
            }
            for (String id : committed.get("imports")) {
                assertThat(sandbox.imports().find(Long.parseLong(id), OWNER)).isPresent();
                assertThat(sandbox.imports().open(Long.parseLong(id), OWNER).dataset().posts()).isNotEmpty();
            }
            SavedRun first = sandbox.runs().stream().filter(r -> committed.get("runs").get(0).equals(Long.toString(r.id())))
                    .findFirst().orElseThrow();
            assertThat(first.summaryJson()).isNotBlank();
        }
    }
}
