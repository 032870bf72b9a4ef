package org.spamouflage.sandbox.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browserless view tests (Karibu): the real Spring context with its database in a
 * temporary directory (one per JVM, so the context is shared between test classes), heavy work
 * run on the calling thread ({@code sandbox.compute.synchronous}), and a mocked Vaadin UI per
 * test. Results that views apply through {@code UI.access} appear after {@link #roundTrip()}.
 */
@SpringBootTest(properties = "sandbox.compute.synchronous=true")
public abstract class KaribuSpringTest {
    private static final Path DB = tempDir();
    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("sandbox.db.path", () -> DB.resolve("sandbox").toString());
    }

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.spamouflage.sandbox");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Runs the tasks background work queued with {@code UI.access}, as a browser round trip would. */
    protected static void roundTrip() {
        MockVaadin.runUIQueue();
    }

    /** Navigates to {@code path?query} and runs the UI queue. */
    protected static void navigate(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, q), QueryParameters.fromString(location.substring(q + 1)));
        }
        roundTrip();
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("sandbox-karibu-db-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
