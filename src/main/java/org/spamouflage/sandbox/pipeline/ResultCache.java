package org.spamouflage.sandbox.pipeline;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * The one cache of computed results (generated datasets, detections, Playground results, Explore
 * indexes, exercises), shared by every visitor and bounded by memory, not by count. Values are
 * found by what determines them (scenario hash, seed, settings, engine version), so a hundred
 * visitors on one seed share one result, and a visitor's session keeps only a {@link Handle}: a key
 * and a loader. A visitor whose result was evicted gets it computed again, transparently.
 *
 * <p>Each entry carries an estimate of the memory it alone retains ({@link Sized#bytes}); the sum is
 * kept under {@link #maxBytes()} by evicting the least recently used entries. An entry that is
 * built on another (a detection on its dataset, a Playground result on its dataset) names it in
 * {@link Sized#dependsOn}: it then counts only its own bytes, and is evicted with the entry it
 * depends on, because it keeps that entry's value alive (a detection holds its dataset). Reading a
 * dependent entry counts as reading what it depends on, so a dataset in use is not evicted from
 * under its detections.
 *
 * <p>Concurrent requests for one key compute once: the first caller runs the loader on its own
 * thread, the others wait for the same value (or the same exception). A failed load is not kept.
 *
 * <p>Why not Caffeine: with a weigher, its W-TinyLFU admission policy refuses a new entry whose
 * key has been seen no more often than the least recently used victim's. In this workload (each
 * visitor computes a result nobody asked for before, then reads it while moving sliders) that
 * evicted 163 of 200 freshly computed results at once in a simulation (see BENCHMARKS.md), so
 * the visitor's next slider move would compute everything again. Plain LRU by weight keeps the
 * newest results, which is what the pages need.
 *
 * <p>Thread-safe. Computation happens outside the lock.
 */
public final class ResultCache {
    /** Share of the JVM's maximum heap the cache may fill when no size is set. */
    public static final double DEFAULT_HEAP_FRACTION = 0.4;

    /**
     * What a value is found by.
     *
     * @param kind what sort of value ({@code dataset}, {@code detection}, {@code playground}, …)
     * @param id   everything the value depends on, written out (e.g. scenario hash, seed, settings, engine)
     */
    public record Key(String kind, String id) {
        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return kind + ":" + id;
        }
    }

    /**
     * A computed value with the memory it retains.
     *
     * @param value          the value
     * @param bytes          estimated bytes the value retains beyond what {@code dependsOn}'s value retains
     * @param dependsOn      the entry whose value this one holds on to, or null
     * @param dependencyBytes estimated bytes of {@code dependsOn}'s value, counted for this entry instead
     *                       when that entry is not in the cache (then nothing else counts them)
     */
    public record Sized<T>(T value, long bytes, Key dependsOn, long dependencyBytes) {
        public Sized {
            Objects.requireNonNull(value, "value");
            if (bytes < 0 || dependencyBytes < 0) {
                throw new IllegalArgumentException("negative size");
            }
        }

        /** A value that depends on no other entry. */
        public static <T> Sized<T> of(T value, long bytes) {
            return new Sized<>(value, bytes, null, 0);
        }
    }

    /** Computes a value and its size; may throw the checked exception of the computation. */
    @FunctionalInterface
    public interface Loader<T, E extends Exception> {
        Sized<T> load() throws E;
    }

    /**
     * Figures for logs and benchmarks.
     *
     * @param entries   values held
     * @param bytes     their estimated size
     * @param maxBytes  the bound
     * @param hits      requests answered from the cache (including waits for a computation under way)
     * @param misses    requests that computed
     * @param evictions entries removed to stay under the bound (dependents included)
     */
    public record Stats(int entries, long bytes, long maxBytes, long hits, long misses, long evictions) {
    }

    private static final class Slot {
        final CompletableFuture<Sized<?>> future = new CompletableFuture<>();
        /** Counted bytes once done; 0 while computing. */
        long bytes;
        boolean done;
        Key dependsOn;
    }

    private final long maxBytes;
    /** Access order: the first entry is the least recently used. */
    private final LinkedHashMap<Key, Slot> slots = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, Set<Key>> dependents = new HashMap<>();
    private long bytes;
    private long hits;
    private long misses;
    private long evictions;

    /** @param maxBytes the most the entries' estimated sizes may add up to */
    public ResultCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** A cache of {@value #DEFAULT_HEAP_FRACTION} of this JVM's maximum heap. */
    public static ResultCache ofDefaultSize() {
        return new ResultCache(defaultMaxBytes());
    }

    /** {@value #DEFAULT_HEAP_FRACTION} of {@link Runtime#maxMemory()}. */
    public static long defaultMaxBytes() {
        return (long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_FRACTION);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The value for {@code key}: from the cache, from a computation under way for the same key, or
     * computed now by {@code loader} on this thread.
     *
     * @throws E what the loader threw (also to callers that waited for that computation)
     */
    public <T, E extends Exception> T get(Key key, Loader<T, E> loader) throws E {
        Slot slot;
        boolean mine = false;
        synchronized (this) {
            slot = slots.get(key);
            if (slot == null) {
                slot = new Slot();
                slots.put(key, slot);
                mine = true;
                misses++;
            } else {
                hits++;
                touchDependencies(slot);
            }
        }
        if (mine) {
            return compute(key, slot, loader);
        }
        return this.<T, E>await(slot);
    }

    /** The value if it is in the cache and computed, without computing or waiting. */
    @SuppressWarnings("unchecked")
    public synchronized <T> T getIfPresent(Key key) {
        Slot slot = slots.get(key);
        if (slot == null || !slot.done) {
            return null;
        }
        hits++;
        touchDependencies(slot);
        return (T) slot.future.getNow(null).value();
    }

    /** Reading a dependent keeps what it stands on recent too (a detection's dataset, a result's detection). */
    private void touchDependencies(Slot slot) {
        Key d = slot.dependsOn;
        for (int depth = 0; d != null && depth < 8; depth++) {
            Slot s = slots.get(d);
            d = s == null ? null : s.dependsOn;
        }
    }

    /** Puts a value computed elsewhere (e.g. a fresh import), replacing any value of that key. */
    public void put(Key key, Sized<?> value) {
        invalidate(key);
        Slot slot = new Slot();
        synchronized (this) {
            slots.put(key, slot);
        }
        finish(key, slot, value);
    }

    /** Removes {@code key} and everything that depends on it. */
    public synchronized void invalidate(Key key) {
        remove(key, false);
    }

    /** Removes every entry whose key satisfies {@code test}, with their dependents. */
    public synchronized void invalidateIf(java.util.function.Predicate<Key> test) {
        for (Key k : new ArrayList<>(slots.keySet())) {
            if (test.test(k)) {
                remove(k, false);
            }
        }
    }

    public synchronized Stats stats() {
        return new Stats(slots.size(), bytes, maxBytes, hits, misses, evictions);
    }

    private <T, E extends Exception> T compute(Key key, Slot slot, Loader<T, E> loader) throws E {
        Sized<T> value;
        try {
            value = Objects.requireNonNull(loader.load(), "loader returned null");
        } catch (Exception | Error e) {
            synchronized (this) {
                if (slots.get(key) == slot) {
                    slots.remove(key);
                }
            }
            slot.future.completeExceptionally(e);
            throw e;
        }
        finish(key, slot, value);
        return value.value();
    }

    private void finish(Key key, Slot slot, Sized<?> value) {
        synchronized (this) {
            if (slots.get(key) == slot && value.bytes() > maxBytes) {
                slots.remove(key); // too big to keep at all: the caller still gets it, nothing else is evicted for it
            } else if (slots.get(key) == slot) { // not invalidated while computing
                Key dep = value.dependsOn();
                boolean attached = dep != null && slots.containsKey(dep) && !dep.equals(key);
                slot.bytes = value.bytes() + (attached || dep == null ? 0 : value.dependencyBytes());
                slot.dependsOn = attached ? dep : null;
                if (attached) {
                    dependents.computeIfAbsent(dep, k -> new LinkedHashSet<>()).add(key);
                }
                slot.done = true;
                bytes += slot.bytes;
                evictOver(key);
            }
        }
        slot.future.complete(value);
    }

    /** Evicts least recently used computed entries until the total fits, never {@code keep} unless it alone is too big. */
    private void evictOver(Key keep) {
        while (bytes > maxBytes) {
            Key victim = null;
            for (Map.Entry<Key, Slot> e : slots.entrySet()) {
                Slot s = e.getValue();
                if (s.done && !e.getKey().equals(keep) && !dependsOnKey(e.getKey(), keep)) {
                    victim = e.getKey();
                    break;
                }
            }
            if (victim == null) {
                Slot own = slots.get(keep);
                if (own != null && own.bytes > maxBytes) {
                    remove(keep, true); // too big to keep at all: the caller still gets the value
                }
                return;
            }
            remove(victim, true);
        }
    }

    /** True when {@code on} stands (transitively) on {@code key}: evicting {@code key} would take {@code on} with it. */
    private boolean dependsOnKey(Key key, Key on) {
        Slot s = slots.get(on);
        Key d = s == null ? null : s.dependsOn;
        while (d != null) {
            if (d.equals(key)) {
                return true;
            }
            Slot next = slots.get(d);
            d = next == null ? null : next.dependsOn;
        }
        return false;
    }

    private void remove(Key key, boolean evicted) {
        Deque<Key> todo = new ArrayDeque<>();
        todo.add(key);
        while (!todo.isEmpty()) {
            Key k = todo.poll();
            Slot s = slots.remove(k);
            if (s == null) {
                continue;
            }
            bytes -= s.bytes;
            if (evicted) {
                evictions++;
            }
            if (s.dependsOn != null) {
                Set<Key> siblings = dependents.get(s.dependsOn);
                if (siblings != null) {
                    siblings.remove(k);
                    if (siblings.isEmpty()) {
                        dependents.remove(s.dependsOn);
                    }
                }
            }
            Set<Key> mine = dependents.remove(k);
            if (mine != null) {
                todo.addAll(mine);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T, E extends Exception> T await(Slot slot) throws E {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return (T) slot.future.get().value();
                } catch (InterruptedException e) {
                    interrupted = true; // the computation is someone else's; wait for it, then restore the flag
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw (E) cause;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What a visitor's page keeps instead of a result: its key and how to get it again. A weak
     * reference answers while the value is in memory anyway (it does not keep it there); else the
     * cache is asked; a value no longer anywhere is fetched again on {@code executor} (the app's
     * bounded pool, so evicted results never make more computations run at once than it has
     * threads) while the caller waits.
     *
     * <p>{@code fetch} must go through the cache (so concurrent fetches compute once) and capture
     * only small things (a state, a service), never the value itself.
     */
    public static final class Handle<T> {
        private final ResultCache cache;
        private final Key key;
        private final java.util.concurrent.Callable<T> fetch;
        private final Executor executor;
        private WeakReference<T> last;

        public Handle(ResultCache cache, Key key, java.util.concurrent.Callable<T> fetch, Executor executor, T current) {
            this.cache = Objects.requireNonNull(cache);
            this.key = Objects.requireNonNull(key);
            this.fetch = Objects.requireNonNull(fetch);
            this.executor = Objects.requireNonNull(executor);
            this.last = new WeakReference<>(current);
        }

        public Key key() {
            return key;
        }

        /**
         * The value, fetched again if it was evicted and collected.
         *
         * @throws IllegalStateException when fetching it again fails (e.g. the import it came from was deleted)
         */
        public synchronized T get() {
            T v = last.get();
            if (v == null) {
                v = cache.getIfPresent(key);
            }
            if (v == null) {
                FutureTask<T> task = new FutureTask<>(fetch);
                executor.execute(task);
                try {
                    v = task.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the " + key.kind() + " was computed again", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the " + key.kind() + " could not be computed again: "
                            + e.getCause().getMessage(), e.getCause());
                }
            }
            last = new WeakReference<>(v);
            return v;
        }
    }

    /** For tests: the keys held, least recently used first. */
    synchronized List<Key> keys() {
        return List.copyOf(slots.keySet());
    }
}
