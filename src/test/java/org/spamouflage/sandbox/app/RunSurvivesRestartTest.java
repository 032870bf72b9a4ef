package org.spamouflage.sandbox.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spamouflage.sandbox.Application;
import org.spamouflage.sandbox.metrics.EvaluationReport;
import org.spamouflage.sandbox.metrics.MetricsJson;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.store.SavedRun;
import org.spamouflage.sandbox.report.Fmt;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A run saved in one app instance is re-opened in a second instance on the same database file
 * (a restart) and shows the same metrics: the re-run's metrics file equals the saved one byte for
 * byte, and the Playground the Runs page opens displays the saved AUC.
 */
class RunSurvivesRestartTest {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start() {
        return TestApp.start(dir);
    }

    @Test
    void aSavedRunReopensAfterARestartWithTheSameMetrics() throws Exception {
        SavedRun saved;
        PlaygroundState state;
        try (ConfigurableApplicationContext first = start()) {
            SandboxService service = first.getBean(SandboxService.class);
            state = service.initialState().withSeed(4).withThreshold(0.35);
            PlaygroundResult result = service.compute(state);
            saved = service.saveRun(result);
        }

        try (ConfigurableApplicationContext second = start()) {
            SandboxService service = second.getBean(SandboxService.class);
            assertThat(service.runs()).extracting(SavedRun::id).contains(saved.id());
            Reopened reopened = service.reopen(saved.id());
            assertThat(reopened.matches()).isTrue();
            assertThat(reopened.warnings()).isEmpty();
            assertThat(reopened.state()).isEqualTo(state);
            PlaygroundResult again = service.compute(reopened.state());
            assertThat(MetricsJson.write(again.run().evaluation().report())).isEqualTo(saved.summaryJson());

            EvaluationReport summary = MetricsJson.readReport(saved.summaryJson(), "saved");
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.spamouflage.sandbox"),
                    second, UI::new));
            try {
                UI.getCurrent().navigate("runs");
                @SuppressWarnings("unchecked")
                Grid<SavedRun> grid = _get(Grid.class, spec -> spec.withId("runs"));
                int row = grid.getListDataView().getItems().map(SavedRun::id).toList().indexOf(saved.id());
                _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                        spec -> spec.withId("reopen-" + saved.id())));
                MockVaadin.runUIQueue();
                String shown = _get(Span.class, spec -> spec.withId("auc-combined")).getText();
                String expected = summary.combined().defined() ? "AUC " + Fmt.num(summary.combined().auc(), 3)
                        : "AUC not defined";
                assertThat(shown).contains(expected);
            } finally {
                MockVaadin.tearDown();
            }
        }
    }
}
