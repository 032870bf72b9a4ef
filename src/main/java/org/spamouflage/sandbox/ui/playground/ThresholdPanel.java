package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.spamouflage.sandbox.metrics.Confusion;
import org.spamouflage.sandbox.metrics.ThresholdTable;
import org.spamouflage.sandbox.playground.PlaygroundState;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.ui.model.Fmt;
import org.spamouflage.sandbox.ui.model.PlaygroundResult;
import org.spamouflage.sandbox.ui.model.ThresholdView;

/**
 * The decision threshold: a slider, two presets, and what flagging every account at or above it
 * does (confusion matrix, precision, recall, F1, false positive rate). Reports moves upward as
 * {@link ThresholdChangedEvent}s; the view answers with {@link #show}.
 */
public class ThresholdPanel extends Div {

    /** The learner picked a threshold; NaN means "best F1". */
    public static class ThresholdChangedEvent extends ComponentEvent<ThresholdPanel> {
        private final double threshold;

        public ThresholdChangedEvent(ThresholdPanel source, double threshold) {
            super(source, true);
            this.threshold = threshold;
        }

        public double threshold() {
            return threshold;
        }
    }

    private final RangeControl slider = new RangeControl("threshold", "Threshold on the combined score", 0, 1, 0.001);
    private final Button best = new Button("Best F1", e -> fireEvent(new ThresholdChangedEvent(this, Double.NaN)));
    private final Button fpr = new Button("1% false positives");
    private final Div matrix = new Div();
    private final Span metrics = new Span();
    private double fprThreshold = Double.NaN;

    public ThresholdPanel() {
        setWidthFull();
        best.setId("preset-best-f1");
        fpr.setId("preset-fpr");
        best.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fpr.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fpr.addClickListener(e -> fireEvent(new ThresholdChangedEvent(this, fprThreshold)));
        slider.input().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().isEmpty()) {
                fireEvent(new ThresholdChangedEvent(this, Double.parseDouble(e.getValue())));
            }
        });
        slider.input().setValueChangeTimeout(120);
        matrix.setId("confusion-matrix");
        matrix.getStyle().set("display", "grid").set("grid-template-columns", "auto 1fr 1fr").set("gap", "2px")
                .set("max-width", "420px").set("font-size", "var(--lumo-font-size-s)");
        metrics.setId("threshold-metrics");
        HorizontalLayout presets = new HorizontalLayout(best, fpr);
        presets.setSpacing(true);
        add(slider, presets, matrix, metrics);
    }

    public Registration addThresholdChangedListener(ComponentEventListener<ThresholdChangedEvent> l) {
        return addListener(ThresholdChangedEvent.class, l);
    }

    public void show(PlaygroundResult result, PlaygroundState state) {
        ThresholdView v = result.threshold();
        ThresholdTable table = result.run().evaluation().combined();
        Confusion at1 = table.atFalsePositiveRate(0.01);
        fprThreshold = Double.isFinite(at1.threshold()) ? Math.min(1, at1.threshold()) : 1.0;
        boolean locked = state.isLocked("threshold");
        slider.setLocked(locked);
        boolean hidden = state.isHidden("threshold");
        slider.setVisible(!hidden);
        best.setVisible(!hidden);
        fpr.setVisible(!hidden);
        best.setEnabled(!locked && !state.hideTruth());
        fpr.setEnabled(!locked && !state.hideTruth() && table.negatives() > 0);
        double shown = Double.isFinite(v.threshold()) ? Math.max(0, Math.min(1, v.threshold())) : 1.0;
        slider.show(PlaygroundState.formatNumber(Math.round(shown * 1000) / 1000.0));
        slider.showLabel((v.bestF1() ? "best F1: " : "") + (Double.isFinite(v.threshold()) ? Fmt.num(v.threshold(), 3)
                : "above every score"));
        Confusion c = v.confusion();
        matrix.removeAll();
        if (state.hideTruth()) {
            metrics.setText(c.flagged() + " of " + table.size() + " accounts flagged at this threshold. "
                    + "Precision, recall and the confusion matrix need the truth, which is hidden.");
            return;
        }
        matrix.add(cell("", true), cell("truly campaign", true), cell("truly not campaign", true),
                cell("flagged", true), count("cm-tp", c.truePositives(), "caught", true),
                count("cm-fp", c.falsePositives(), "false alarms", false),
                cell("not flagged", true), count("cm-fn", c.falseNegatives(), "missed", false),
                count("cm-tn", c.trueNegatives(), "correctly left alone", true));
        metrics.setText("precision " + Fmt.num(c.precision(), 3) + " · recall " + Fmt.num(c.recall(), 3) + " · F1 "
                + Fmt.num(c.f1(), 3) + " · false positive rate " + Fmt.pct(c.falsePositiveRate()));
    }

    private static Div cell(String text, boolean header) {
        Div d = new Div();
        d.setText(text);
        d.getStyle().set("padding", "4px 8px").set("font-weight", header ? "600" : "400");
        return d;
    }

    private static Div count(String id, int n, String what, boolean good) {
        Div d = new Div();
        d.setId(id);
        d.setText(n + " " + what);
        d.getStyle().set("padding", "6px 8px").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", good ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)");
        return d;
    }
}
