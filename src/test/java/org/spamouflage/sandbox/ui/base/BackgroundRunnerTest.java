package org.spamouflage.sandbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Newest request wins: stale results are dropped and bursts cost at most two runs. */
class BackgroundRunnerTest {
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Executor manual = tasks::add;
    private final List<String> applied = new ArrayList<>();
    private final List<String> computed = new ArrayList<>();
    private final List<Boolean> busy = new ArrayList<>();
    private BackgroundRunner runner;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        runner = new BackgroundRunner(UI.getCurrent(), manual, busy::add);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void submit(String name) {
        runner.submit(() -> {
            computed.add(name);
            return name;
        }, applied::add, e -> applied.add("error " + e.getMessage()));
    }

    private void runAll() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
        MockVaadin.runUIQueue();
    }

    @Test
    void appliesTheOnlyRequest() {
        submit("a");
        runAll();
        assertThat(applied).containsExactly("a");
        assertThat(busy).containsExactly(true, false);
    }

    @Test
    void aBurstRunsTheFirstAndTheLastAndAppliesOnlyTheLast() {
        submit("a");
        submit("b");
        submit("c");
        runAll();
        assertThat(computed).containsExactly("a", "c");
        assertThat(applied).containsExactly("c");
        assertThat(busy).endsWith(false);
    }

    @Test
    void aResultArrivingAfterANewerRequestIsDropped() {
        submit("a");
        tasks.poll().run();
        submit("b");
        MockVaadin.runUIQueue();
        assertThat(applied).as("a finished after b was asked for").isEmpty();
        runAll();
        assertThat(applied).containsExactly("b");
    }

    @Test
    void errorsReachTheErrorHandler() {
        runner.submit(() -> {
            throw new IllegalStateException("boom");
        }, v -> applied.add("value"), e -> applied.add("error " + e.getMessage()));
        runAll();
        assertThat(applied).containsExactly("error boom");
    }

    @Test
    void cancelDropsEverything() {
        submit("a");
        submit("b");
        runner.cancel();
        runAll();
        assertThat(computed).containsExactly("a");
        assertThat(applied).isEmpty();
    }
}
