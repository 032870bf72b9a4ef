package org.spamouflage.sandbox.ui.lesson;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.lesson.ExercisePage;

/**
 * Flagging by a cut on the combined score: the histogram of every account's score (one colour: no
 * classes before the reveal) with the chosen threshold, and a button that flags exactly the
 * accounts at or above it.
 */
class ThresholdFlagger extends Div {

    /** The student asked to flag every account at or above {@code threshold}. */
    static class FlagAbove extends ComponentEvent<ThresholdFlagger> {
        private final double threshold;

        FlagAbove(ThresholdFlagger source, double threshold) {
            super(source, true);
            this.threshold = threshold;
        }

        double threshold() {
            return threshold;
        }
    }

    static final double START = 0.5;
    private final NumberField threshold = new NumberField(getTranslation("threshold.slider"));
    private final SandboxChart chart = Sections.chart("chart-exercise-scores", "220px");
    private final Button flag = new Button(getTranslation("exercise.flagAbove"));
    private ExercisePage page;

    ThresholdFlagger() {
        threshold.setId("exercise-threshold");
        threshold.setMin(0);
        threshold.setMax(1);
        threshold.setStep(0.01);
        threshold.setValue(START);
        threshold.setStepButtonsVisible(true);
        threshold.addValueChangeListener(e -> redraw());
        flag.setId("flag-above");
        flag.addClickListener(e -> {
            Double v = threshold.getValue();
            if (v != null) {
                fireEvent(new FlagAbove(this, Math.max(0, Math.min(1, v))));
            }
        });
        HorizontalLayout row = new HorizontalLayout(threshold, flag);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row, chart);
    }

    void show(ExercisePage p) {
        page = p;
        redraw();
    }

    void setFlaggingEnabled(boolean enabled) {
        flag.setEnabled(enabled);
    }

    private void redraw() {
        Double v = threshold.getValue();
        if (page != null && v != null) {
            chart.setSpec(page.scores(Math.max(0, Math.min(1, v)), Languages.texts()));
        }
    }

    Registration addFlagAboveListener(ComponentEventListener<FlagAbove> l) {
        return addListener(FlagAbove.class, l);
    }
}
