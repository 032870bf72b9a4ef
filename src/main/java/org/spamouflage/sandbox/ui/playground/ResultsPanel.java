package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.chart.ChartSpec;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.spamouflage.sandbox.playground.SignalPanel;
import org.spamouflage.sandbox.playground.ThresholdView;

/**
 * The Playground's result panels, in the order of {@link PlaygroundState#PANELS}; a lesson link may
 * show only some. Charts are created once and given new specs on every result, so the browser
 * redraws rather than rebuilds them.
 */
public class ResultsPanel extends Div {
    static final String BY_TRUTH = "truth";
    static final String BY_CLUSTER = "cluster";

    private final Span counts = new Span();
    private final Div signalGrid = Sections.grid("300px");
    private final Map<String, SandboxChart> signalCharts = new LinkedHashMap<>();
    private final Map<String, Span> signalAuc = new LinkedHashMap<>();
    private final Span combinedAuc = new Span();
    private final Div curves = Sections.grid("300px");
    private final SandboxChart scores = Sections.chart("chart-scores", "260px");
    private final SandboxChart roc = Sections.chart("chart-roc", "260px");
    private final SandboxChart pr = Sections.chart("chart-pr", "260px");
    private final Paragraph curveNote = Sections.note("");
    private final ThresholdPanel threshold = new ThresholdPanel();
    private final SandboxChart timeline = Sections.chart("chart-timeline", "300px");
    private final RadioButtonGroup<String> colour = new RadioButtonGroup<>(getTranslation("playground.network.colour"));
    private final SandboxChart network = Sections.chart("chart-network", "480px");
    private final Paragraph networkNote = Sections.note("");
    private final SweepPanel sweep = new SweepPanel();
    /** The two colourings of the network (the radio switches between them); not the result, which is shared. */
    private ChartSpec networkByTruth;
    private ChartSpec networkByCluster;

    public ResultsPanel() {
        setId("results");
        setWidthFull();
        counts.setId("run-counts");
        combinedAuc.setId("auc-combined");
        combinedAuc.getStyle().set("font-weight", "600");
        curveNote.setId("curve-note");
        colour.setId("network-colour");
        colour.setItems(BY_TRUTH, BY_CLUSTER);
        colour.setItemLabelGenerator(c -> getTranslation(BY_TRUTH.equals(c) ? "playground.network.byTruth"
                : "playground.network.byCluster"));
        colour.setValue(BY_TRUTH);
        colour.addValueChangeListener(e -> showNetwork());
        networkNote.setId("network-note");
    }

    public ThresholdPanel threshold() {
        return threshold;
    }

    public SweepPanel sweep() {
        return sweep;
    }

    /** Lays out the panels the state shows. */
    public void configure(PlaygroundState state) {
        removeAll();
        add(counts);
        Map<String, Component> panels = new LinkedHashMap<>();
        panels.put("signals", Sections.section("panel-signals", getTranslation("playground.panel.signals"), signalGrid));
        panels.put("roc", Sections.section("panel-roc", getTranslation("playground.panel.roc"), combinedAuc, curves, curveNote));
        panels.put("confusion", Sections.section("panel-confusion", getTranslation("playground.panel.confusion"), threshold));
        panels.put("timeline", Sections.section("panel-timeline", getTranslation("playground.panel.timeline"), timeline));
        panels.put("network", Sections.section("panel-network", getTranslation("playground.panel.network"), colour, network,
                networkNote));
        panels.put("sweep", Sections.section("panel-sweep", getTranslation("playground.panel.sweep"), sweep));
        panels.forEach((name, c) -> {
            if (state.shows(name)) {
                add(c);
            }
        });
        sweep.setLocked(state.hideTruth());
    }

    public void show(PlaygroundResult r) {
        networkByTruth = r.networkByTruth();
        networkByCluster = r.networkByCluster();
        counts.setText(r.counts());
        List<String> ids = r.signals().stream().map(SignalPanel::id).toList();
        if (!ids.equals(List.copyOf(signalCharts.keySet()))) {
            buildSignalCards(r.signals());
        }
        for (SignalPanel s : r.signals()) {
            SandboxChart chart = signalCharts.get(s.id());
            // a signal that does not apply to these data shows why, not a chart of zeros
            chart.setVisible(s.histogram() != null);
            if (s.histogram() != null) {
                chart.setSpec(s.histogram());
            }
            signalAuc.get(s.id()).setText(s.aucText());
        }
        combinedAuc.setText(r.state().hideTruth() ? getTranslation("playground.noAuc") : r.combinedText());
        showThreshold(r);
        timeline.setSpec(r.timeline());
        colour.setEnabled(r.networkByTruth() != null);
        if (r.networkByTruth() == null) {
            colour.setValue(BY_CLUSTER);
        }
        showNetwork();
        networkNote.setText(r.networkNote());
    }

    /** Only the parts that move with the threshold. */
    public void showThreshold(PlaygroundResult r) {
        ThresholdView v = r.threshold();
        scores.setSpec(v.scores());
        curves.removeAll();
        curves.add(scores);
        if (v.roc() != null) {
            roc.setSpec(v.roc());
            pr.setSpec(v.pr());
            curves.add(roc, pr);
        }
        curveNote.setText(v.curveNote());
        threshold.show(r, r.state());
    }

    private void showNetwork() {
        if (networkByCluster == null) {
            return;
        }
        boolean truth = BY_TRUTH.equals(colour.getValue()) && networkByTruth != null;
        network.setSpec(truth ? networkByTruth : networkByCluster);
    }

    private void buildSignalCards(List<SignalPanel> signals) {
        signalGrid.removeAll();
        signalCharts.clear();
        signalAuc.clear();
        for (SignalPanel s : signals) {
            Div card = Sections.card();
            card.setId("signal-" + s.id());
            Span auc = new Span();
            auc.setId("auc-" + s.id());
            auc.getStyle().set("font-weight", "600");
            SandboxChart chart = Sections.chart("chart-signal-" + s.id(), "200px");
            Paragraph direction = Sections.note(s.direction());
            card.add(auc, chart, direction);
            signalGrid.add(card);
            signalCharts.put(s.id(), chart);
            signalAuc.put(s.id(), auc);
        }
    }
}
