package org.spamouflage.sandbox.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.ui.model.RunSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pipeline (one per app, so its caches are shared), the run source and the executor for heavy work. */
@Configuration
public class SandboxConfig {

    @Bean
    public Pipeline pipeline() {
        return new Pipeline();
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
