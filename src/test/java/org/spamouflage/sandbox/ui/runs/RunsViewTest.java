package org.spamouflage.sandbox.ui.runs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.store.SavedRun;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.ui.playground.PlaygroundView;
import org.springframework.beans.factory.annotation.Autowired;

class RunsViewTest extends KaribuSpringTest {

    @Autowired
    SandboxService service;

    private SavedRun saveOne(long seed) throws Exception {
        PlaygroundState s = service.initialState().withSeed(seed).withThreshold(0.4);
        return service.saveRun(service.compute(s));
    }

    @SuppressWarnings("unchecked")
    private static Grid<SavedRun> grid() {
        return _get(Grid.class, spec -> spec.withId("runs"));
    }

    @Test
    void listsSavedRunsNewestFirst() throws Exception {
        SavedRun a = saveOne(11);
        SavedRun b = saveOne(12);
        navigate("runs");
        assertThat(grid().getListDataView().getItems().map(SavedRun::id).toList())
                .containsSubsequence(b.id(), a.id());
    }

    @Test
    void reopeningShowsTheRunInThePlaygroundAndSaysTheMetricsMatch() throws Exception {
        SavedRun run = saveOne(13);
        navigate("runs");
        NotificationsKt.clearNotifications();
        _click(button(run, "reopen-"));
        roundTrip();

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(PlaygroundView.class);
        String shown = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString();
        assertThat(PlaygroundState.fromQuery(shown, "?", 0).state())
                .isEqualTo(PlaygroundState.fromQuery(run.playgroundQuery(), "?", 0).state());
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(t -> assertThat(t).contains("the metrics match the saved ones"));
    }

    @Test
    void deletingAsksFirstAndThenRemovesTheRun() throws Exception {
        SavedRun run = saveOne(14);
        navigate("runs");
        _click(button(run, "delete-"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(service.runs()).extracting(SavedRun::id).contains(run.id());
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(service.runs()).extracting(SavedRun::id).doesNotContain(run.id());
        assertThat(grid().getListDataView().getItems().map(SavedRun::id).toList()).doesNotContain(run.id());
    }

    /** The button in the run's row (cell components are not part of the component tree). */
    private static Button button(SavedRun run, String idPrefix) {
        int row = grid().getListDataView().getItems().map(SavedRun::id).toList().indexOf(run.id());
        var cell = GridKt._getCellComponent(grid(), row, "actions");
        return _get(cell, Button.class, spec -> spec.withId(idPrefix + run.id()));
    }

    static String text(Notification n) {
        return n.getElement().getProperty("text");
    }
}
