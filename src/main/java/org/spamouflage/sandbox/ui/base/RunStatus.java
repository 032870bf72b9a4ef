package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntSupplier;

/**
 * The state of a long run (an import, the engine on imported data): a progress bar, a line saying
 * what happens ("Reading the file: 45 %", "Running the engine on 90,000 posts · 12 s", or, while
 * the job waits for a thread, how many heavy jobs are ahead) and a Cancel button. The line is
 * refreshed once a second by polling while a run is shown, so it moves even when the work cannot
 * report progress.
 */
public class RunStatus extends Div {
    static final int POLL_MS = 1000;

    private final ProgressBar bar = new ProgressBar();
    private final Span line = new Span();
    private final Button cancel = new Button("Cancel");
    private final IntSupplier heavyJobs;
    private BackgroundRunner runner;
    private String what = "";
    private double share = -1;
    private long startedNanos;
    private Registration poll;
    private Runnable cancelAction = () -> { };

    /**
     * @param id        id prefix: {@code ID}, {@code ID-line}, {@code ID-cancel}
     * @param heavyJobs heavy jobs running or waiting on the server (shown while this one waits)
     */
    public RunStatus(String id, IntSupplier heavyJobs) {
        this.heavyJobs = heavyJobs;
        setId(id);
        line.setId(id + "-line");
        cancel.setId(id + "-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            cancel.setEnabled(false);
            cancelAction.run();
            stop();
        });
        bar.setWidth("240px");
        line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("margin", "var(--lumo-space-s) 0");
        add(bar, line, cancel);
        setVisible(false);
    }

    /**
     * Shows a run under way.
     *
     * @param description what happens, e.g. "Running the engine on 90,000 posts"
     * @param determinate true when {@link #progress} will be told the share done
     * @param onCancel    what Cancel does (the status hides itself afterwards)
     */
    public void start(String description, boolean determinate, BackgroundRunner r, Runnable onCancel) {
        runner = r;
        what = description;
        share = determinate ? 0 : -1;
        startedNanos = System.nanoTime();
        bar.setIndeterminate(!determinate);
        bar.setValue(0);
        cancel.setEnabled(true);
        cancelAction = onCancel;
        setVisible(true);
        refresh();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(POLL_MS);
        }
    }

    /** The share done, 0 to 1 (determinate runs). */
    public void progress(double done) {
        share = Math.max(0, Math.min(1, done));
        bar.setValue(share);
        refresh();
    }

    /** Hides the status; the page stops polling. */
    public void stop() {
        setVisible(false);
        runner = null;
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(-1);
        }
    }

    /** The line as shown now. */
    public String text() {
        return line.getText();
    }

    private void refresh() {
        if (runner != null && runner.isQueued()) {
            int ahead = Math.max(0, heavyJobs.getAsInt() - 1);
            line.setText("Waiting for a free slot: " + ahead + (ahead == 1 ? " job" : " jobs") + " ahead (imports and "
                    + "engine runs on imported data take turns, so every user gets theirs)");
            return;
        }
        long s = (System.nanoTime() - startedNanos) / 1_000_000_000L;
        line.setText(what + (share >= 0 ? ": " + Math.round(share * 100) + " %" : "") + " · " + s + " s");
    }

    @Override
    protected void onAttach(AttachEvent e) {
        poll = e.getUI().addPollListener(p -> {
            if (isVisible()) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (poll != null) {
            poll.remove();
        }
        e.getUI().setPollInterval(-1);
    }
}
