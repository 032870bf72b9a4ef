package org.spamouflage.sandbox.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

    private static ResultCache.Key key(String kind, String id) {
        return new ResultCache.Key(kind, id);
    }

    private static <T> T get(ResultCache cache, ResultCache.Key key, T value, long bytes) {
        return cache.get(key, () -> ResultCache.Sized.of(value, bytes));
    }

    @Nested
    class BoundedByMemory {
        @Test
        void evictsTheLeastRecentlyUsedUntilTheSizesFit() {
            ResultCache cache = new ResultCache(100);
            get(cache, key("r", "a"), "A", 40);
            get(cache, key("r", "b"), "B", 40);
            get(cache, key("r", "a"), "A", 40); // a is now the most recent
            get(cache, key("r", "c"), "C", 40); // 120 > 100: b goes

            assertThat(cache.keys()).containsExactly(key("r", "a"), key("r", "c"));
            assertThat(cache.stats().bytes()).isEqualTo(80);
            assertThat(cache.stats().evictions()).isEqualTo(1);
        }

        @Test
        void aNewResultIsKeptEvenWhenOlderOnesWereReadMoreOften() {
            // The visitor workload: every new result is read right after it is made (Caffeine's TinyLFU
            // refused such entries; see the class comment).
            ResultCache cache = new ResultCache(1000);
            int kept = 0;
            for (int v = 0; v < 200; v++) {
                get(cache, key("r", "v" + v), v, 50);
                for (int read = 0; read < 3; read++) {
                    if (cache.getIfPresent(key("r", "v" + v)) != null) {
                        kept += read == 2 ? 1 : 0;
                    }
                }
            }
            assertThat(kept).isEqualTo(200);
            assertThat(cache.stats().entries()).isEqualTo(20);
        }

        @Test
        void aValueLargerThanTheWholeCacheIsReturnedButNotKept() {
            ResultCache cache = new ResultCache(100);
            get(cache, key("r", "small"), "s", 10);
            assertThat(get(cache, key("r", "huge"), "H", 500)).isEqualTo("H");

            assertThat(cache.keys()).containsExactly(key("r", "small"));
            assertThat(cache.stats().bytes()).isEqualTo(10);
        }
    }

    @Nested
    class Dependencies {
        private final ResultCache.Key dataset = key("dataset", "d");
        private final ResultCache.Key detection = key("detection", "d|s");
        private final ResultCache.Key result = key("playground", "d|s|x");

        private ResultCache chain(long max) {
            ResultCache cache = new ResultCache(max);
            get(cache, dataset, "data", 50);
            cache.get(detection, () -> new ResultCache.Sized<>("det", 20, dataset, 50));
            cache.get(result, () -> new ResultCache.Sized<>("res", 5, detection, 70));
            return cache;
        }

        @Test
        void aDependentCountsOnlyItsOwnBytesWhileWhatItStandsOnIsCached() {
            assertThat(chain(1000).stats().bytes()).isEqualTo(50 + 20 + 5);
        }

        @Test
        void removingADatasetRemovesEverythingBuiltOnIt() {
            ResultCache cache = chain(1000);
            get(cache, key("r", "other"), "o", 1);
            cache.invalidate(dataset);

            assertThat(cache.keys()).containsExactly(key("r", "other"));
            assertThat(cache.stats().bytes()).isEqualTo(1);
        }

        @Test
        void readingAResultKeepsItsDatasetAndDetectionRecent() {
            ResultCache cache = chain(100);
            get(cache, key("r", "x"), "x", 10);
            cache.getIfPresent(result); // touches detection and dataset as well
            get(cache, key("r", "y"), "y", 20); // 105 > 100: the least recent is x, not the dataset

            assertThat(cache.keys()).contains(dataset, detection, result, key("r", "y")).doesNotContain(key("r", "x"));
        }

        @Test
        void aDependentWhoseDependencyIsNotCachedCountsItsBytesToo() {
            ResultCache cache = new ResultCache(1000);
            cache.get(detection, () -> new ResultCache.Sized<>("det", 20, dataset, 50));

            assertThat(cache.stats().bytes()).isEqualTo(70);
            cache.invalidate(dataset); // nothing stands on a dataset that is not there
            assertThat(cache.keys()).containsExactly(detection);
        }
    }

    @Nested
    class Computing {
        @Test
        void concurrentRequestsForOneKeyComputeOnce() throws Exception {
            ResultCache cache = new ResultCache(1000);
            AtomicInteger computed = new AtomicInteger();
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> all = new ArrayList<>();
                all.add(pool.submit(() -> cache.get(key("r", "k"), () -> {
                    computed.incrementAndGet();
                    inside.countDown();
                    release.await();
                    return ResultCache.Sized.of("value", 10);
                })));
                assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
                for (int i = 0; i < 7; i++) {
                    all.add(pool.submit(() -> cache.get(key("r", "k"), () -> {
                        computed.incrementAndGet();
                        return ResultCache.Sized.of("other", 10);
                    })));
                }
                Thread.sleep(100);
                release.countDown();
                for (Future<String> f : all) {
                    assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("value");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(computed).hasValue(1);
            assertThat(cache.stats().misses()).isEqualTo(1);
            assertThat(cache.stats().hits()).isEqualTo(7);
        }

        @Test
        void aFailedComputationIsNotKeptAndItsErrorReachesTheCaller() {
            ResultCache cache = new ResultCache(1000);
            assertThatThrownBy(() -> cache.get(key("r", "bad"), () -> {
                throw new IOException("stored file unreadable");
            })).isInstanceOf(IOException.class).hasMessage("stored file unreadable");

            assertThat(cache.keys()).isEmpty();
            assertThat(get(cache, key("r", "bad"), "fine now", 1)).isEqualTo("fine now");
        }
    }

    @Nested
    class Handles {
        @Test
        void aHandleWhoseValueIsGoneFetchesItAgainThroughTheCache() throws Exception {
            ResultCache cache = new ResultCache(100);
            AtomicInteger fetches = new AtomicInteger();
            ResultCache.Key k = key("r", "mine");
            java.util.concurrent.Callable<StringBuilder> fetch = () -> cache.get(k, () -> {
                fetches.incrementAndGet();
                return ResultCache.Sized.of(new StringBuilder("result"), 60);
            });
            fetch.call();
            // null: as if the collector had already cleared the page's weak reference
            ResultCache.Handle<StringBuilder> handle = new ResultCache.Handle<>(cache, k, fetch, Runnable::run, null);
            assertThat(handle.get().toString()).isEqualTo("result");
            assertThat(fetches).hasValue(1); // still cached: no new computation

            get(cache, key("r", "someone else's"), "x", 60); // evicts mine
            assertThat(cache.keys()).doesNotContain(k);
            ResultCache.Handle<StringBuilder> evicted = new ResultCache.Handle<>(cache, k, fetch, Runnable::run, null);
            assertThat(evicted.get().toString()).isEqualTo("result");
            assertThat(fetches).hasValue(2);
            assertThat(cache.keys()).contains(k);
        }
    }

    @Test
    void theDefaultSizeIsFortyPercentOfTheMaximumHeap() {
        assertThat(ResultCache.defaultMaxBytes()).isEqualTo((long) (Runtime.getRuntime().maxMemory() * 0.4));
    }
}
