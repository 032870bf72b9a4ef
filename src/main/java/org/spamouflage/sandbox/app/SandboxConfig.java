package org.spamouflage.sandbox.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.pipeline.ResultCache;
import org.spamouflage.sandbox.pipeline.RunSource;
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
     * The compute threads ({@link ComputeQueue}): one per core (at least 2; {@code
     * sandbox.compute.threads}), heavy jobs (imports, the engine on imported data) on at most half of them
     * ({@code sandbox.compute.heavy-threads}), at most 64 jobs waiting ({@code sandbox.compute.max-waiting})
     * and 8 per user ({@code sandbox.compute.max-waiting-per-user}); fair between users. Runs are
     * CPU-bound, so more threads than cores would only share the same cores. With {@code
     * sandbox.compute.synchronous=true} (browserless view tests) jobs run on the calling thread, so a
     * test sees the result after one UI-queue round.
     */
    @Bean(destroyMethod = "shutdownNow")
    public ExecutorService sandboxExecutor(@Value("${sandbox.compute.synchronous:false}") boolean synchronous,
                                           @Value("${sandbox.compute.threads:0}") int threads,
                                           @Value("${sandbox.compute.heavy-threads:0}") int heavyThreads,
                                           @Value("${sandbox.compute.max-waiting:64}") int maxWaiting,
                                           @Value("${sandbox.compute.max-waiting-per-user:8}") int maxWaitingPerUser) {
        if (synchronous) {
            return new SameThreadExecutor();
        }
        int n = threads > 0 ? Math.max(2, threads) : Math.max(2, Runtime.getRuntime().availableProcessors());
        int heavy = heavyThreads > 0 ? Math.min(heavyThreads, n - 1) : Math.max(1, n / 2);
        LoggerFactory.getLogger(SandboxConfig.class).info("Compute: {} threads, heavy jobs on at most {}, {} jobs waiting "
                + "at most ({} per user)", n, heavy, maxWaiting, maxWaitingPerUser);
        return new ComputeQueue(n, heavy, maxWaiting, maxWaitingPerUser);
    }

    /**
     * The Import page's caps: {@code sandbox.import.max-upload-size} (default 50MB),
     * {@code sandbox.import.max-rows} (1000000) and {@code sandbox.import.max-text-size} (512MB, after
     * decompression). See {@link ImportCaps}.
     */
    @Bean
    public ImportCaps importCaps(@Value("${sandbox.import.max-upload-size:50MB}") DataSize maxUpload,
                                 @Value("${sandbox.import.max-rows:1000000}") long maxRows,
                                 @Value("${sandbox.import.max-text-size:512MB}") DataSize maxText) {
        return new ImportCaps(maxUpload.toBytes(), maxRows, maxText.toBytes());
    }

    /**
     * The servlet's multipart limits, from the one upload setting ({@code sandbox.import.max-upload-size}):
     * a file as large as the Import page takes, and a request that much plus 1 MB for the form's other
     * parts. (Spring Boot's own default, 1 MB, made larger uploads fail silently.) Parts are written
     * to a temporary file once above 1 MB, so an upload is not held twice in memory.
     */
    @Bean
    public jakarta.servlet.MultipartConfigElement multipartConfigElement(ImportCaps caps) {
        return new jakarta.servlet.MultipartConfigElement("", caps.maxUploadBytes(), caps.maxUploadBytes() + (1L << 20),
                1 << 20);
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
