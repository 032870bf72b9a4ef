package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.spamouflage.sandbox.app.ComputeQueue;

/**
 * Runs a page's heavy work off the UI thread, newest request wins. At most one job runs and one
 * waits: a request made while a job runs replaces the waiting one, so a burst of slider moves
 * costs at most two runs, and only the result of the newest request is applied (a generation
 * counter; stale results are dropped). Results come back through {@link UI#access}, which push
 * sends to the browser at once.
 *
 * <p>Jobs go to the compute queue as {@link ComputeQueue.Task}s of this browser session, in the
 * runner's {@link ComputeQueue.Lane}, so the queue can be fair between users. When the queue is
 * full the job's error handler is told so (a {@link RejectedExecutionException} saying the server is
 * busy); nothing is dropped silently. {@link #cancel()} withdraws a job still waiting for a thread
 * and tells a running {@link Work} to stop (it asks {@code cancelled} now and then).
 */
public final class BackgroundRunner {
    private static final String USER_KEY = BackgroundRunner.class.getName() + ".user";

    /** Work that may stop early when asked. */
    @FunctionalInterface
    public interface Work<T> {
        T call(BooleanSupplier cancelled) throws Exception;
    }

    private final UI ui;
    private final Executor executor;
    private final Consumer<Boolean> busy;
    private final ComputeQueue.Lane lane;
    private final String user;
    private long generation;
    private Job<?> running;
    private Job<?> waiting;

    /**
     * A runner of light jobs.
     *
     * @param busy told {@code true} when work starts and {@code false} when the newest result is applied
     */
    public BackgroundRunner(UI ui, Executor executor, Consumer<Boolean> busy) {
        this(ui, executor, busy, ComputeQueue.Lane.LIGHT);
    }

    /** A runner whose jobs go to {@code lane} (heavy: imports and the engine on imported data). */
    public BackgroundRunner(UI ui, Executor executor, Consumer<Boolean> busy, ComputeQueue.Lane lane) {
        this.ui = ui;
        this.executor = executor;
        this.busy = busy;
        this.lane = lane;
        this.user = userKey(ui);
    }

    /** One key per browser session (a random id kept in the session), so the queue tells users apart. */
    private static String userKey(UI ui) {
        VaadinSession s = ui == null ? null : ui.getSession();
        if (s == null) {
            return ComputeQueue.SHARED;
        }
        Object k = s.getAttribute(USER_KEY);
        if (k == null) {
            k = UUID.randomUUID().toString();
            s.setAttribute(USER_KEY, k);
        }
        return (String) k;
    }

    /** Queues {@code work}; {@code onResult} or {@code onError} runs on the UI thread if no newer request came meanwhile. */
    public <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Exception> onError) {
        submit(cancelled -> work.call(), onResult, onError);
    }

    /** Like {@link #submit(Callable, Consumer, Consumer)}, for work that stops early once cancelled. */
    public <T> void submit(Work<T> work, Consumer<T> onResult, Consumer<Exception> onError) {
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

    /**
     * Drops the waiting job, withdraws the running one when it still waits for a thread, and makes its
     * result stale (e.g. when the page closes or the user presses Cancel); running work is asked to stop.
     */
    public void cancel() {
        Job<?> withdrawn = null;
        synchronized (this) {
            generation++;
            waiting = null;
            if (running != null && running.task != null && executor instanceof ComputeQueue q && q.cancel(running.task)) {
                withdrawn = running;
                running = null;
            }
        }
        if (withdrawn != null) {
            busy.accept(false);
        }
    }

    /** True while the running job waits in the queue for a free thread (behind other users' heavy jobs). */
    public synchronized boolean isQueued() {
        return running != null && running.task != null && executor instanceof ComputeQueue q && q.isWaiting(running.task);
    }

    /** True while a job runs or waits. */
    public synchronized boolean isBusy() {
        return running != null;
    }

    /** True while a job's result may still be applied. */
    public synchronized boolean isCurrent(long gen) {
        return gen == generation;
    }

    public synchronized long generation() {
        return generation;
    }

    private <T> void execute(Job<T> job) {
        ComputeQueue.Task task = new ComputeQueue.Task(user, lane, lane.name().toLowerCase(java.util.Locale.ROOT),
                () -> runJob(job));
        synchronized (this) {
            job.task = task;
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                if (running == job) {
                    running = null;
                }
            }
            deliver(job, null, e);
        }
    }

    private <T> void runJob(Job<T> job) {
        T value = null;
        Exception error = null;
        try {
            value = job.work.call(() -> !isCurrent(job.generation));
        } catch (Exception e) {
            error = e;
        }
        deliver(job, value, error);
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

    private <T> void deliver(Job<T> job, T value, Exception error) {
        try {
            ui.access(() -> {
                if (!isCurrent(job.generation)) {
                    return;
                }
                busy.accept(false);
                if (error != null) {
                    job.onError.accept(error);
                } else {
                    job.onResult.accept(value);
                }
            });
        } catch (UIDetachedException e) {
            synchronized (this) {
                generation++;
                waiting = null;
            }
        }
    }

    private static final class Job<T> {
        final long generation;
        final Work<T> work;
        final Consumer<T> onResult;
        final Consumer<Exception> onError;
        Runnable task;

        Job(long generation, Work<T> work, Consumer<T> onResult, Consumer<Exception> onError) {
            this.generation = generation;
            this.work = work;
            this.onResult = onResult;
            this.onError = onError;
        }
    }
}
