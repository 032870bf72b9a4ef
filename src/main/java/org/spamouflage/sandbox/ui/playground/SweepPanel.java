package org.spamouflage.sandbox.ui.playground;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import org.spamouflage.sandbox.i18n.Texts;
import org.spamouflage.sandbox.metrics.SweepResult;
import org.spamouflage.sandbox.ui.base.Languages;
import org.spamouflage.sandbox.ui.base.SandboxChart;
import org.spamouflage.sandbox.ui.base.Sections;
import org.spamouflage.sandbox.playground.SweepCharts;

/** The seed sweep: how much of a result is chance. Asks the view to run N seeds and shows the spread. */
public class SweepPanel extends Div {
    public static final int MAX_SEEDS = 50;

    /** The learner asked for a sweep over this many seeds. */
    public static class SweepRequestedEvent extends ComponentEvent<SweepPanel> {
        private final int seeds;

        public SweepRequestedEvent(SweepPanel source, int seeds) {
            super(source, true);
            this.seeds = seeds;
        }

        public int seeds() {
            return seeds;
        }
    }

    private final IntegerField seeds = new IntegerField(getTranslation("sweep.seeds"));
    private final Button run = new Button(getTranslation("sweep.run"));
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final SandboxChart chart = Sections.chart("chart-sweep", "260px");

    public SweepPanel() {
        setWidthFull();
        seeds.setId("sweep-seeds");
        seeds.setMin(2);
        seeds.setMax(MAX_SEEDS);
        seeds.setValue(10);
        seeds.setStepButtonsVisible(true);
        seeds.setWidth("9em");
        run.setId("sweep-run");
        run.addClickListener(e -> {
            Integer n = seeds.getValue();
            if (n != null && n >= 2 && n <= MAX_SEEDS) {
                fireEvent(new SweepRequestedEvent(this, n));
            } else {
                seeds.setInvalid(true);
                seeds.setErrorMessage(getTranslation("sweep.seeds.invalid", MAX_SEEDS));
            }
        });
        progress.setId("sweep-progress");
        progress.setVisible(false);
        progress.setWidth("200px");
        summary.setId("sweep-summary");
        summary.setText(getTranslation("sweep.intro"));
        HorizontalLayout bar = new HorizontalLayout(seeds, run, progress);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, summary);
    }

    public Registration addSweepRequestedListener(ComponentEventListener<SweepRequestedEvent> l) {
        return addListener(SweepRequestedEvent.class, l);
    }

    private boolean locked;
    /** Whether a sweep was started on this page (its result, or its absence, is worth a sentence). */
    private boolean ran;

    /** A sweep reports AUCs, which need the truth: off while it is hidden. */
    public void setLocked(boolean disabled) {
        locked = disabled;
        run.setEnabled(!disabled);
    }

    public void started(int total) {
        progress.setVisible(true);
        progress.setIndeterminate(false);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        run.setEnabled(false);
        summary.setText(getTranslation("sweep.running", total));
        ran = true;
        remove(chart);
    }

    public void progress(int done) {
        progress.setValue(done);
    }

    public void finished(SweepResult result) {
        progress.setVisible(false);
        run.setEnabled(!locked);
        Texts t = Languages.texts();
        summary.setText(SweepCharts.summary(result, t));
        chart.setSpec(SweepCharts.chart(result, t));
        add(chart);
    }

    /**
     * Clears a result that no longer matches the page (the state changed) and says why; before any
     * sweep there is nothing to clear and the introduction stays.
     */
    public void reset(String message) {
        progress.setVisible(false);
        run.setEnabled(!locked);
        if (ran) {
            summary.setText(message);
        }
        remove(chart);
    }
}
