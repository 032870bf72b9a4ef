package org.spamouflage.sandbox.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole app on a database file of the test's own, on a free port, for restart tests. */
final class TestApp {
    private TestApp() {
    }

    /**
     * One app instance on {@code folder/sandbox}; a second call with the same folder is a restart.
     * The settings go in as command-line arguments, not builder properties: those are defaults that
     * {@code application.properties} overrides, which would put the database in {@code ./data}.
     */
    static ConfigurableApplicationContext start(Path folder, String... moreArguments) {
        List<String> args = new ArrayList<>(List.of("--sandbox.db.path=" + folder.resolve("sandbox"), "--server.port=0",
                "--sandbox.compute.synchronous=true", "--spring.main.banner-mode=off"));
        args.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }
}
