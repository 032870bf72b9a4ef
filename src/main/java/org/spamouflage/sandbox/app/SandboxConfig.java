package org.spamouflage.sandbox.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.ui.model.RunSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The one result cache, the pipeline (one per app, so its caches are shared), the run source and
 * the executor for heavy work.
 */
@Configuration
public class SandboxConfig {

    /**
     * Every computed result the pages show (datasets, detections, Playground results, Explore
     * indexes, exercises), shared by all visitors and bounded by {@code sandbox.cache.max-size}
     * (e.g. {@code 800MB}); unset, {@value ResultCache#DEFAULT_HEAP_FRACTION} of the maximum heap
     * ({@code -Xmx}), which leaves the rest for the visitors' pages and the runs under way.
     */
    @Bean
    public ResultCache resultCache(@Value("${sandbox.cache.max-size:}") String maxSize) {
        long bytes = maxSize == null || maxSize.isBlank() ? ResultCache.defaultMaxBytes()
                : DataSize.parse(maxSize.strip()).toBytes();
        LoggerFactory.getLogger(SandboxConfig.class).info("Result cache: up to {} MB of the {} MB maximum heap{}",
                bytes >> 20, Runtime.getRuntime().maxMemory() >> 20,
                maxSize == null || maxSize.isBlank() ? " (sandbox.cache.max-size not set: 40%)" : "");
        return new ResultCache(bytes);
    }

    /** Logs the cache's figures when the app stops (the web-load benchmark reads them). */
    @Bean
    public org.springframework.beans.factory.DisposableBean resultCacheReport(ResultCache cache) {
        return () -> {
            ResultCache.Stats s = cache.stats();
            LoggerFactory.getLogger(SandboxConfig.class).info("Result cache at shutdown: {} entries, {} MB of {} MB, "
                    + "{} hits, {} misses, {} evictions", s.entries(), s.bytes() >> 20, s.maxBytes() >> 20, s.hits(),
                    s.misses(), s.evictions());
        };
    }

    @Bean
    public Pipeline pipeline(ResultCache cache) {
        return new Pipeline(cache);
    }

    @Bean
    public RunSource runSource(Pipeline pipeline) {
        return RunSource.of(pipeline);
    }

    /**
     * One thread per core: runs are CPU-bound, more threads would only share the same cores. Each
     * page keeps at most one job running and one waiting (see the views' background runner), so
     * the queue stays short. With {@code sandbox.compute.synchronous=true} (browserless view tests)
     * jobs run on the calling thread, so a test sees the result after one UI-queue round.
     */
    @Bean(destroyMethod = "shutdownNow")
    public ExecutorService sandboxExecutor(@Value("${sandbox.compute.synchronous:false}") boolean synchronous) {
        if (synchronous) {
            return new SameThreadExecutor();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "sandbox-compute-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    }

    /** Runs every task at once on the caller's thread. */
    static final class SameThreadExecutor extends java.util.concurrent.AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            shutdown = true;
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
