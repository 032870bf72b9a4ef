package org.spamouflage.sandbox.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.spamouflage.sandbox.ingest.Field;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.Preset;
import org.spamouflage.sandbox.lesson.Costs;
import org.spamouflage.sandbox.lesson.LessonDraft;
import org.spamouflage.sandbox.store.InstructorRepository;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child process of {@link KillDuringSavesTest}: starts the whole app on the database folder
 * given as the only argument and saves into every store, round after round, until it is killed.
 * After each save has returned (committed) it prints {@code committed STORE KEY} on its own line.
 */
public final class SaveUntilKilled {
    private static final ImportAccess OWNER = ImportLibraryTest.OWNER;
    private SaveUntilKilled() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        try {
            saveForever(args[0], out);
        } catch (Exception | Error e) {
            out.println("failed " + e); // the test fails on this line; the app's threads must not keep us alive
            System.exit(2);
        }
    }

    private static void saveForever(String folder, PrintStream out) throws Exception {
        ConfigurableApplicationContext app = TestApp.start(Path.of(folder), "--logging.level.root=warn");
        SandboxService sandbox = app.getBean(SandboxService.class);
        LessonService lessons = app.getBean(LessonService.class);
        InstructorRepository instructors = app.getBean(InstructorRepository.class);
        PlaygroundResult result = sandbox.compute(sandbox.initialState().withSeed(3));
        byte[] csv = ImportLibraryTest.fixture("generic/handmade.csv");
        ImportSettings settings = ImportSettings.of(Preset.GENERIC).withColumn(Field.ACCOUNT, "user")
                .withColumn(Field.TIME, "when").withColumn(Field.TEXT, "body").withColumn(Field.REPLY_TO, "parent");
        out.println("ready");
        for (int i = 0; ; i++) {
            String scenario = "kill-" + i;
            sandbox.scenarios().save(scenario, "{\"format\": 1, \"name\": \"" + scenario + "\", \"campaign\": {\"accounts\": "
                    + (30 + i % 50) + "}}");
            out.println("committed scenarios " + scenario);
            out.println("committed runs " + sandbox.saveRun(result).id());
            String name = "inst" + i;
            instructors.save(name, "$2a$10$" + "b".repeat(53), Instant.now());
            out.println("committed instructors " + name);
            out.println("committed lessons " + lessons.create(new LessonDraft("Lesson " + i, "", "classroom-small",
                    LessonDraft.exercise("x", "classroom-small", 5).state(), new Costs(1, 1)), name).id());
            out.println("committed imports " + sandbox.imports().importAndStore(csv, "handmade.csv", "import " + i,
                    settings, OWNER, p -> { }, () -> false).stored().orElseThrow().id());
        }
    }
}
