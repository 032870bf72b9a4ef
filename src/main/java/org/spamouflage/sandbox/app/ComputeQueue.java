package org.spamouflage.sandbox.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app's compute threads: a bounded queue that is fair between users.
 *
 * <p>Every job belongs to a user (a browser session) and a {@link Lane}. Light jobs (the Playground,
 * Explore on generated runs, whose size the app caps) may run on any thread. Heavy jobs (imports and
 * the engine on imported data, whose size only the upload caps bound) run on at most
 * {@code heavyThreads} threads, fewer than all, so light jobs always find a thread: a Playground
 * visitor keeps getting results while someone's import or detection runs. A user runs at most one
 * heavy job at a time: their second waits behind their first, not in front of other users. Among
 * users with waiting jobs, a free thread serves them in turn (round robin), whatever the order of
 * arrival, so one user's burst does not delay everyone else.
 *
 * <p>The queue is bounded: at most {@code maxWaiting} jobs wait in all, and at most
 * {@code maxWaitingPerUser} per user; beyond that {@link #execute} refuses with a
 * {@link RejectedExecutionException} whose message says the server is busy, which the pages show.
 * A waiting job can be withdrawn ({@link #cancel}). Plain {@link Runnable}s (not {@link Task}s) are
 * light jobs of a shared user, exempt from the per-user bound.
 *
 * <p>Threads are daemons: they never keep the JVM alive.
 */
public final class ComputeQueue extends AbstractExecutorService {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeQueue.class);
    /** The user of plain runnables (cache reloads and the like). */
    public static final String SHARED = "(shared)";

    /** How a job may be scheduled. */
    public enum Lane {
        /** Short, size-capped work: may run on any thread. */
        LIGHT,
        /** Work whose size only the upload caps bound: at most one per user, on the heavy threads only. */
        HEAVY
    }

    /**
     * A job with its user and lane.
     *
     * @param user  who asked (a session key); jobs of one user never run two heavy at once
     * @param lane  light or heavy
     * @param label what it is, for logs ("import", "detection")
     * @param work  the work
     */
    public record Task(String user, Lane lane, String label, Runnable work) implements Runnable {
        @Override
        public void run() {
            work.run();
        }
    }

    /**
     * Figures for tests and logs.
     *
     * @param running      jobs running
     * @param heavyRunning heavy jobs running
     * @param waiting      jobs waiting
     */
    public record Stats(int running, int heavyRunning, int waiting) {
    }

    private final int heavyThreads;
    private final int maxWaiting;
    private final int maxWaitingPerUser;
    /** Users with waiting jobs, in the order they are served next (a served user moves to the end). */
    private final LinkedHashMap<String, ArrayDeque<Task>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> heavyByUser = new HashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private int waitingCount;
    private int running;
    private int heavyRunning;
    private boolean shutdown;

    /**
     * @param threads           compute threads (at least 2, so that light work always has one)
     * @param heavyThreads      threads heavy jobs may use at once (at least 1, fewer than {@code threads})
     * @param maxWaiting        jobs waiting at most, in all
     * @param maxWaitingPerUser jobs waiting at most per user
     */
    public ComputeQueue(int threads, int heavyThreads, int maxWaiting, int maxWaitingPerUser) {
        if (threads < 2 || heavyThreads < 1 || heavyThreads >= threads || maxWaiting < 1 || maxWaitingPerUser < 1) {
            throw new IllegalArgumentException("compute queue: need threads >= 2, 1 <= heavy threads < threads, "
                    + "positive waiting bounds; got " + threads + ", " + heavyThreads + ", " + maxWaiting + ", "
                    + maxWaitingPerUser);
        }
        this.heavyThreads = heavyThreads;
        this.maxWaiting = maxWaiting;
        this.maxWaitingPerUser = maxWaitingPerUser;
        for (int i = 1; i <= threads; i++) {
            Thread t = new Thread(this::work, "sandbox-compute-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** One thread per core (at least 2); heavy jobs on half of them (at least 1); 64 waiting, 8 per user. */
    public static ComputeQueue forThisMachine() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new ComputeQueue(threads, Math.max(1, threads / 2), 64, 8);
    }

    @Override
    public void execute(Runnable command) {
        Task t = command instanceof Task task ? task : new Task(SHARED, Lane.LIGHT, "", command);
        synchronized (this) {
            if (shutdown) {
                throw new RejectedExecutionException("the server is shutting down");
            }
            ArrayDeque<Task> mine = waiting.get(t.user());
            int own = mine == null ? 0 : mine.size();
            if (waitingCount >= maxWaiting || (!SHARED.equals(t.user()) && own >= maxWaitingPerUser)) {
                throw new RejectedExecutionException("The server is busy: " + waitingCount + " jobs are waiting"
                        + (own > 0 ? ", " + own + " of them yours" : "") + ". Try again in a minute.");
            }
            waiting.computeIfAbsent(t.user(), u -> new ArrayDeque<>()).addLast(t);
            waitingCount++;
            notifyAll();
        }
    }

    /** The number of compute threads. */
    public int threads() {
        return workers.size();
    }

    /** Withdraws a waiting job; false when it already runs, ran, or was never queued. */
    public synchronized boolean cancel(Runnable task) {
        if (!(task instanceof Task t)) {
            return false;
        }
        ArrayDeque<Task> mine = waiting.get(t.user());
        if (mine == null || !mine.removeIf(x -> x == t)) {
            return false;
        }
        waitingCount--;
        if (mine.isEmpty()) {
            waiting.remove(t.user());
        }
        return true;
    }

    /** True while {@code task} waits for a thread. */
    public synchronized boolean isWaiting(Runnable task) {
        if (!(task instanceof Task t)) {
            return false;
        }
        ArrayDeque<Task> mine = waiting.get(t.user());
        return mine != null && mine.stream().anyMatch(x -> x == t);
    }

    /** Heavy jobs running or waiting, of all users: what a waiting heavy job queues behind. */
    public synchronized int heavyJobs() {
        int n = heavyRunning;
        for (ArrayDeque<Task> q : waiting.values()) {
            for (Task t : q) {
                n += t.lane() == Lane.HEAVY ? 1 : 0;
            }
        }
        return n;
    }

    public synchronized Stats stats() {
        return new Stats(running, heavyRunning, waitingCount);
    }

    private void work() {
        while (true) {
            Task t;
            try {
                t = take();
            } catch (InterruptedException e) {
                return;
            }
            if (t == null) {
                return;
            }
            try {
                t.run();
            } catch (RuntimeException | Error e) {
                LOG.warn("compute job {} of {} failed", t.label(), t.user(), e);
            } finally {
                finished(t);
            }
        }
    }

    /** The next job a free thread runs: the first eligible job of the first user in turn; null at shutdown. */
    private synchronized Task take() throws InterruptedException {
        while (true) {
            if (shutdown && waiting.isEmpty()) {
                return null;
            }
            Iterator<Map.Entry<String, ArrayDeque<Task>>> users = waiting.entrySet().iterator();
            while (users.hasNext()) {
                Map.Entry<String, ArrayDeque<Task>> e = users.next();
                Task chosen = null;
                for (Task t : e.getValue()) {
                    if (eligible(t)) {
                        chosen = t;
                        break;
                    }
                }
                if (chosen == null) {
                    continue;
                }
                Task c = chosen;
                e.getValue().removeIf(x -> x == c);
                waitingCount--;
                users.remove();
                if (!e.getValue().isEmpty()) {
                    waiting.put(e.getKey(), e.getValue()); // to the end: the others' turn first
                }
                running++;
                if (c.lane() == Lane.HEAVY) {
                    heavyRunning++;
                    heavyByUser.merge(c.user(), 1, Integer::sum);
                }
                return c;
            }
            wait();
        }
    }

    private boolean eligible(Task t) {
        return t.lane() == Lane.LIGHT || (heavyRunning < heavyThreads && heavyByUser.getOrDefault(t.user(), 0) == 0);
    }

    private synchronized void finished(Task t) {
        running--;
        if (t.lane() == Lane.HEAVY) {
            heavyRunning--;
            heavyByUser.computeIfPresent(t.user(), (u, n) -> n > 1 ? n - 1 : null);
        }
        notifyAll();
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> dropped = new ArrayList<>();
        synchronized (this) {
            shutdown = true;
            waiting.values().forEach(dropped::addAll);
            waiting.clear();
            waitingCount = 0;
            notifyAll();
        }
        workers.forEach(Thread::interrupt);
        return dropped;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return isShutdown() && workers.stream().noneMatch(Thread::isAlive);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : workers) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
        return isTerminated();
    }
}
