package org.spamouflage.sandbox.ui.playground;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.app.SandboxService;
import org.spamouflage.sandbox.metrics.MetricsJson;
import org.spamouflage.sandbox.metrics.TruthLabels;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.store.SavedRun;
import org.spamouflage.sandbox.ui.KaribuSpringTest;
import org.spamouflage.sandbox.chart.ChartSeries;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.springframework.beans.factory.annotation.Autowired;

/** The Playground without a browser: controls change the state, results appear, lesson links apply. */
class PlaygroundViewTest extends KaribuSpringTest {

    @Autowired
    SandboxService service;

    private static PlaygroundView open(String query) {
        navigate(query.isEmpty() ? "" : "?" + query);
        return _get(PlaygroundView.class);
    }

    private static SandboxChart chart(String id) {
        return _get(SandboxChart.class, spec -> spec.withId(id));
    }

    private static boolean present(String id) {
        return !_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static Input slider(String controlId) {
        return _get(Input.class, spec -> spec.withId("control-" + controlId + "-input"));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    @Test
    void opensWithTheDefaultScenarioAndShowsEveryPanel() {
        PlaygroundView view = open("");

        assertThat(view.state().scenario()).isEqualTo(service.scenarios().defaultName());
        assertThat(view.result()).isNotNull();
        for (var s : view.result().run().detection().signals()) {
            assertThat(chart("chart-signal-" + s.id()).getSpec()).as(s.id()).isNotNull();
        }
        assertThat(chart("chart-timeline").getSpec()).isNotNull();
        assertThat(chart("chart-network").getSpec()).isNotNull();
        assertThat(chart("chart-scores").getSpec()).isNotNull();
        assertThat(List.of("panel-signals", "panel-roc", "panel-confusion", "panel-timeline", "panel-network",
                "panel-sweep")).allMatch(PlaygroundViewTest::present);
        assertThat(_get(Span.class, spec -> spec.withId("run-counts")).getText()).isEqualTo(view.result().counts());
    }

    @Test
    void movingASliderChangesTheStateAndTheScenarioThatRuns() {
        PlaygroundView view = open("");
        _setValue(slider("bots"), "40");
        roundTrip();

        assertThat(view.state().values()).containsEntry("bots", "40");
        assertThat(view.result().state()).isEqualTo(view.state());
        assertThat(view.result().run().scenario().campaign().accounts()).isEqualTo(40);
        assertThat(text("control-bots-value")).isEqualTo("40");
    }

    @Test
    void movingASliderBackToTheScenarioValueLeavesItOutOfTheLink() {
        PlaygroundView view = open("");
        String original = view.result().run().scenario().campaign().accounts() + "";
        _setValue(slider("bots"), "40");
        _setValue(slider("bots"), original);
        roundTrip();

        assertThat(view.state().values()).doesNotContainKey("bots");
    }

    @Test
    void aSignalSwitchTakesTheSignalOutOfTheCombinedScore() {
        PlaygroundView view = open("");
        String signal = view.result().run().detection().signals().get(0).id();
        _setValue(_get(Checkbox.class, spec -> spec.withId("control-sig_" + signal)), false);
        roundTrip();

        assertThat(view.state().values()).containsEntry("sig." + signal, "off");
        assertThat(view.result().run().detection().settings().enabled(signal)).isFalse();
    }

    @Test
    void theThresholdSliderUpdatesTheConfusionMatrix() {
        PlaygroundView view = open("");
        _setValue(_get(Input.class, spec -> spec.withId("threshold-input")), "0.3");

        assertThat(view.state().threshold()).isEqualTo(0.3);
        // Oracle: count by hand from the combined scores and the labels.
        double[] combined = view.result().run().detection().combined();
        TruthLabels labels = view.result().run().evaluation().labels();
        List<String> ids = view.result().run().detection().accountIds();
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < labels.size(); i++) {
            double score = combined[ids.indexOf(labels.ids().get(i))];
            if (score >= 0.3) {
                if (labels.isPositive(i)) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        assertThat(text("cm-tp")).isEqualTo(tp + " caught");
        assertThat(text("cm-fp")).isEqualTo(fp + " false alarms");
        assertThat(text("threshold-value")).isEqualTo("0.300");
    }

    @Test
    void theBestF1PresetGoesBackToTheBestThreshold() {
        PlaygroundView view = open("threshold=0.9");
        _click(_get(Button.class, spec -> spec.withId("preset-best-f1")));

        assertThat(Double.isNaN(view.state().threshold())).isTrue();
        double best = view.result().run().evaluation().combined().bestF1().threshold();
        assertThat(view.result().threshold().threshold()).isEqualTo(best);
    }

    @Test
    void aLessonLinkLocksHidesAndFiltersPanels() {
        PlaygroundView view = open("seed=3&bots=50&lock=bots,seed&hide=jitter&panels=roc,confusion");

        assertThat(view.state().seed()).isEqualTo(3);
        assertThat(slider("bots").isEnabled()).isFalse();
        assertThat(slider("bots").getValue()).isEqualTo("50");
        assertThat(present("control-jitter")).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("seed")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("new-seed")).isEnabled()).isFalse();
        assertThat(present("panel-signals")).isFalse();
        assertThat(present("panel-timeline")).isFalse();
        assertThat(present("panel-roc")).isTrue();
        assertThat(present("panel-confusion")).isTrue();
        assertThat(slider("paraphrase").isEnabled()).isTrue();
    }

    @Test
    void badLinkParametersAreListedAndIgnored() {
        PlaygroundView view = open("seed=abc&nosuch=1&bots=999999");

        assertThat(view.state().seed()).isEqualTo(SandboxService.FIRST_SEED);
        assertThat(view.state().values()).doesNotContainKey("bots");
        String problems = _get(Div.class, spec -> spec.withId("link-problems")).getElement().getTextRecursively();
        assertThat(problems).contains("seed \"abc\"").contains("nosuch").contains("bots 999999");
    }

    @Test
    void anOutOfRangeWindowInALessonLinkGetsTheCommandLinesMessage() {
        PlaygroundView view = open("wshare=-5");

        assertThat(view.state().values()).doesNotContainKey("wshare");
        String problems = _get(Div.class, spec -> spec.withId("link-problems")).getElement().getTextRecursively();
        // the same words as `detect --settings FILE` with {"coShareWindowSeconds": -5} (DetectDataCommandTest)
        assertThat(problems).contains("lesson link: $.coShareWindowSeconds = -5: "
                + org.spamouflage.sandbox.cli.SettingsMessages.CO_SHARE_MINUS_FIVE);
    }

    @Test
    void hidingTheTruthTurnsEveryTruthColouredViewOff() {
        PlaygroundView view = open("");
        _setValue(_get(Checkbox.class, spec -> spec.withId("hide-truth")), true);
        roundTrip();

        assertThat(view.state().hideTruth()).isTrue();
        assertThat(present("chart-roc")).isFalse();
        assertThat(present("chart-pr")).isFalse();
        for (var s : view.result().run().detection().signals()) {
            assertThat(chart("chart-signal-" + s.id()).getSpec().series()).extracting(ChartSeries::id).containsExactly("all");
            assertThat(_get(Span.class, spec -> spec.withId("auc-" + s.id())).getText()).isEmpty();
        }
        assertThat(chart("chart-timeline").getSpec().series()).extracting(ChartSeries::id).containsExactly("all");
        assertThat(chart("chart-network").getSpec().title()).contains("detected cluster");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("network-colour")).isEnabled()).isFalse();
        assertThat(present("cm-tp")).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("sweep-run")).isEnabled()).isFalse();
    }

    @Test
    void settingsThatBreakTheScenarioAreExplainedNotCrashed() {
        PlaygroundView view = open("campfrench=1");

        String problems = _get(Div.class, spec -> spec.withId("problems")).getElement().getTextRecursively();
        assertThat(problems).contains("do not make a scenario the page can run").contains("$.campaign.text.languages");
        assertThat(view.result()).isNull();
    }

    @Test
    void aScenarioTooLargeForTheWebIsRefusedWithAReason() throws Exception {
        // About 140,000 × 3.6 = 500,000 organic posts: valid, but above the web limit.
        service.scenarios().save("karibu-huge", "{\"format\": 1, \"name\": \"karibu-huge\", "
                + "\"organic\": {\"accounts\": 140000, \"postsPerAccount\": 3.6}}");
        PlaygroundView view = open("scenario=karibu-huge");

        String problems = _get(Div.class, spec -> spec.withId("problems")).getElement().getTextRecursively();
        assertThat(problems).contains("too large for the web pages").contains("command line");
        assertThat(view.result()).isNull();
    }

    @Test
    void newSeedStepsToTheNextSeed() {
        PlaygroundView view = open("seed=8");
        _click(_get(Button.class, spec -> spec.withId("new-seed")));
        roundTrip();

        assertThat(view.state().seed()).isEqualTo(9);
        assertThat(view.result().run().seed()).isEqualTo(9);
        assertThat(_get(TextField.class, spec -> spec.withId("seed")).getValue()).isEqualTo("9");
    }

    @Test
    void theLessonDialogBuildsALinkWithTheTickedControlsLocked() {
        PlaygroundView view = open("bots=60");
        _click(_get(Button.class, spec -> spec.withId("lesson-link")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("lock-bots")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("hide-opzone")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("lesson-truth")), true);

        String url = _get(TextField.class, spec -> spec.withId("lesson-url")).getValue();
        assertThat(url).contains("/?scenario=");
        PlaygroundState linked = PlaygroundState.fromQuery(url.substring(url.indexOf('?')), "?", 0).state();
        assertThat(linked.locked()).containsExactly("bots");
        assertThat(linked.hidden()).containsExactly("opzone");
        assertThat(linked.hideTruth()).isTrue();
        assertThat(linked.values()).containsEntry("bots", "60");
        assertThat(linked.seed()).isEqualTo(view.state().seed());
    }

    @Test
    void aSeedSweepReportsTheSpreadOfTheAuc() {
        PlaygroundView view = open("seed=20");
        _setValue(_get(IntegerField.class, spec -> spec.withId("sweep-seeds")), 3);
        _click(_get(Button.class, spec -> spec.withId("sweep-run")));
        roundTrip();

        String summary = text("sweep-summary");
        var bars = chart("chart-sweep").getSpec();
        assertThat(bars.xAxis().categories()).containsExactly("20", "21", "22");
        assertThat(summary).satisfiesAnyOf(s -> assertThat(s).startsWith("AUC over 3 seeds: mean "),
                s -> assertThat(s).contains("not defined on any of the 3 seeds"));
        assertThat(view.state().seed()).isEqualTo(20);
    }

    @Test
    void savingARunKeepsItsStateAndItsMetrics() {
        PlaygroundView view = open("seed=31&threshold=0.25");
        _click(_get(Button.class, spec -> spec.withId("save-run")));

        SavedRun run = service.runs().stream().filter(r -> r.seed() == 31).findFirst().orElseThrow();
        assertThat(run.playgroundQuery()).isEqualTo(view.state().toQuery());
        assertThat(run.summaryJson()).isEqualTo(MetricsJson.write(view.result().run().evaluation().report()));
        assertThat(run.scenarioName()).isEqualTo(view.state().scenario());
    }
}
