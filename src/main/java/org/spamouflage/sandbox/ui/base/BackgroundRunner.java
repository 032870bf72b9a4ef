package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs a page's heavy work off the UI thread, newest request wins. At most one job runs and one
 * waits: a request made while a job runs replaces the waiting one, so a burst of slider moves
 * costs at most two runs, and only the result of the newest request is applied (a generation
 * counter; stale results are dropped). Results come back through {@link UI#access}, which push
 * sends to the browser at once.
 */
public final class BackgroundRunner {
    private final UI ui;
    private final Executor executor;
    private final Consumer<Boolean> busy;
    private long generation;
    private Job<?> running;
    private Job<?> waiting;

    /**
     * @param busy told {@code true} when work starts and {@code false} when the newest result is applied
     */
    public BackgroundRunner(UI ui, Executor executor, Consumer<Boolean> busy) {
        this.ui = ui;
        this.executor = executor;
        this.busy = busy;
    }

    /** Queues {@code work}; {@code onResult} or {@code onError} runs on the UI thread if no newer request came meanwhile. */
    public <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Exception> onError) {
        Job<T> job;
        boolean start;
        synchronized (this) {
            job = new Job<>(++generation, work, onResult, onError);
            start = running == null;
            if (start) {
                running = job;
            } else {
                waiting = job;
            }
        }
        busy.accept(true);
        if (start) {
            execute(job);
        }
    }

    /** Drops the waiting job and makes any running one's result stale (e.g. when the page closes). */
    public synchronized void cancel() {
        generation++;
        waiting = null;
    }

    /** True while a job's result may still be applied. */
    public synchronized boolean isCurrent(long gen) {
        return gen == generation;
    }

    public synchronized long generation() {
        return generation;
    }

    private void execute(Job<?> job) {
        try {
            executor.execute(() -> runJob(job));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                running = null;
            }
        }
    }

    private <T> void runJob(Job<T> job) {
        T value = null;
        Exception error = null;
        try {
            value = job.work.call();
        } catch (Exception e) {
            error = e;
        }
        T v = value;
        Exception err = error;
        try {
            ui.access(() -> {
                if (!isCurrent(job.generation)) {
                    return;
                }
                busy.accept(false);
                if (err != null) {
                    job.onError.accept(err);
                } else {
                    job.onResult.accept(v);
                }
            });
        } catch (UIDetachedException e) {
            cancel();
        }
        Job<?> next;
        synchronized (this) {
            next = waiting;
            waiting = null;
            running = next;
        }
        if (next != null) {
            execute(next);
        }
    }

    private record Job<T>(long generation, Callable<T> work, Consumer<T> onResult, Consumer<Exception> onError) {
    }
}
