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
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.playground.PlaygroundResult;
import org.spamouflage.sandbox.playground.ThresholdView;

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

    private final RangeControl slider = new RangeControl("threshold", getTranslation("threshold.slider"), 0, 1, 0.001);
    private final Button best = new Button(getTranslation("threshold.bestF1"),
            e -> fireEvent(new ThresholdChangedEvent(this, Double.NaN)));
    private final Button fpr = new Button(getTranslation("threshold.fpr1"));
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
        Texts t = Languages.texts();
        String at = Double.isFinite(v.threshold()) ? t.num(v.threshold(), 3) : t.get("chart.aboveEvery");
        slider.showLabel(v.bestF1() ? t.get("threshold.bestF1At", at) : at);
        Confusion c = v.confusion();
        matrix.removeAll();
        if (state.hideTruth()) {
            metrics.setText(t.get("threshold.hidden", c.flagged(), table.size()));
            return;
        }
        matrix.add(cell("", true), cell(t.get("threshold.cm.truly"), true), cell(t.get("threshold.cm.trulyNot"), true),
                cell(t.get("threshold.cm.flagged"), true), count("cm-tp", t.get("threshold.cm.tp", c.truePositives()), true),
                count("cm-fp", t.get("threshold.cm.fp", c.falsePositives()), false),
                cell(t.get("threshold.cm.notFlagged"), true), count("cm-fn", t.get("threshold.cm.fn", c.falseNegatives()), false),
                count("cm-tn", t.get("threshold.cm.tn", c.trueNegatives()), true));
        metrics.setText(t.get("threshold.metrics", t.num(c.precision(), 3), t.num(c.recall(), 3), t.num(c.f1(), 3),
                t.pct(c.falsePositiveRate())));
    }

    private static Div cell(String text, boolean header) {
        Div d = new Div();
        d.setText(text);
        d.getStyle().set("padding", "4px 8px").set("font-weight", header ? "600" : "400");
        return d;
    }

    private static Div count(String id, String text, boolean good) {
        Div d = new Div();
        d.setId(id);
        d.setText(text);
        d.getStyle().set("padding", "6px 8px").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", good ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)");
        return d;
    }
}
