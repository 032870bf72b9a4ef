package org.spamouflage.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The web app's compute queue: light work always finds a thread, a user's second heavy job waits
 * behind their first and not in front of other users, users are served in turn, and the queue is
 * bounded with a message. Jobs block on latches the test opens, so every order asserted is forced,
 * not timed.
 */
class ComputeQueueTest {
    private static final long WAIT_S = 20;
    private final List<String> started = new CopyOnWriteArrayList<>();
    private ComputeQueue queue;

    @AfterEach
    void stop() {
        if (queue != null) {
            queue.shutdownNow();
        }
    }

    /** A job that records its start, then holds its thread until {@code release} opens. */
    private ComputeQueue.Task job(String user, ComputeQueue.Lane lane, String name, CountDownLatch release,
                                  CountDownLatch done) {
        return new ComputeQueue.Task(user, lane, name, () -> {
            started.add(name);
            try {
                release.await(WAIT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.countDown();
            }
        });
    }

    private static void await(CountDownLatch l, String what) throws InterruptedException {
        assertThat(l.await(WAIT_S, TimeUnit.SECONDS)).as(what).isTrue();
    }

    @Test
    void lightWorkRunsWhileEveryHeavyThreadIsBusy() throws Exception {
        queue = new ComputeQueue(2, 1, 8, 4);
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch heavyDone = new CountDownLatch(2);
        queue.execute(job("journalist-a", ComputeQueue.Lane.HEAVY, "import a", hold, heavyDone));
        queue.execute(job("journalist-b", ComputeQueue.Lane.HEAVY, "import b", hold, heavyDone));
        CountDownLatch light = new CountDownLatch(1);
        queue.execute(new ComputeQueue.Task("visitor", ComputeQueue.Lane.LIGHT, "playground", light::countDown));

        await(light, "the Playground job ran while an import held the heavy thread");
        assertThat(started).containsExactly("import a");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (queue.stats().running() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(5); // the light job's thread leaves it just after the latch opens
        }
        assertThat(queue.stats()).isEqualTo(new ComputeQueue.Stats(1, 1, 1));
        assertThat(queue.heavyJobs()).isEqualTo(2);
        hold.countDown();
        await(heavyDone, "both imports finished");
        assertThat(started).containsExactly("import a", "import b");
    }

    @Test
    void aUsersSecondHeavyJobWaitsBehindTheirFirstNotInFrontOfOthers() throws Exception {
        queue = new ComputeQueue(3, 2, 8, 4);
        CountDownLatch holdA1 = new CountDownLatch(1);
        CountDownLatch rest = new CountDownLatch(1);
        CountDownLatch a1Done = new CountDownLatch(1);
        CountDownLatch others = new CountDownLatch(2);
        queue.execute(job("a", ComputeQueue.Lane.HEAVY, "a1", holdA1, a1Done));
        queue.execute(job("a", ComputeQueue.Lane.HEAVY, "a2", rest, others));
        queue.execute(job("b", ComputeQueue.Lane.HEAVY, "b1", rest, others));

        // Two heavy threads: the second is free, yet a2 must wait for a1; b1 takes it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (started.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        // a1 and b1 start on two threads at once: either may record itself first.
        assertThat(started).containsExactlyInAnyOrder("a1", "b1");
        assertThat(queue.stats()).isEqualTo(new ComputeQueue.Stats(2, 2, 1));
        rest.countDown();
        holdA1.countDown();
        await(a1Done, "a1 finished");
        await(others, "a2 and b1 finished");
        assertThat(started).hasSize(3).endsWith("a2");
    }

    @Test
    void usersWithWaitingJobsAreServedInTurnWhateverTheOrderOfArrival() throws Exception {
        queue = new ComputeQueue(2, 1, 16, 8);
        CountDownLatch hold1 = new CountDownLatch(1);
        CountDownLatch hold2 = new CountDownLatch(1);
        CountDownLatch blockersDone = new CountDownLatch(2);
        queue.execute(job("x", ComputeQueue.Lane.LIGHT, "blocker 1", hold1, blockersDone));
        queue.execute(job("y", ComputeQueue.Lane.LIGHT, "blocker 2", hold2, blockersDone));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (queue.stats().running() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        CountDownLatch open = new CountDownLatch(0);
        CountDownLatch done = new CountDownLatch(5);
        for (String name : List.of("a1", "a2", "a3")) {
            queue.execute(job("a", ComputeQueue.Lane.LIGHT, name, open, done));
        }
        queue.execute(job("b", ComputeQueue.Lane.LIGHT, "b1", open, done));
        queue.execute(job("c", ComputeQueue.Lane.LIGHT, "c1", open, done));

        hold1.countDown(); // one thread free: it serves a, b, c, then a's rest
        await(done, "the queued jobs ran");
        assertThat(started.subList(2, started.size())).containsExactly("a1", "b1", "c1", "a2", "a3");
        hold2.countDown();
        await(blockersDone, "the blockers finished");
    }

    @Test
    void theQueueIsBoundedPerUserAndInAllWithAMessage() throws Exception {
        queue = new ComputeQueue(2, 1, 3, 2);
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(10);
        queue.execute(job("a", ComputeQueue.Lane.HEAVY, "a1", hold, done));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (queue.stats().running() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        queue.execute(job("a", ComputeQueue.Lane.HEAVY, "a2", hold, done));
        queue.execute(job("a", ComputeQueue.Lane.HEAVY, "a3", hold, done));
        assertThatThrownBy(() -> queue.execute(job("a", ComputeQueue.Lane.HEAVY, "a4", hold, done)))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessage("The server is busy: 2 jobs are waiting, 2 of them yours. Try again in a minute.");
        queue.execute(job("b", ComputeQueue.Lane.HEAVY, "b1", hold, done));
        assertThatThrownBy(() -> queue.execute(job("c", ComputeQueue.Lane.HEAVY, "c1", hold, done)))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessage("The server is busy: 3 jobs are waiting. Try again in a minute.");
        assertThat(queue.stats().waiting()).isEqualTo(3);
        hold.countDown();
    }

    @Test
    void aWaitingJobCanBeWithdrawnAndNeverRuns() throws Exception {
        queue = new ComputeQueue(2, 1, 8, 4);
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(2);
        ComputeQueue.Task first = job("a", ComputeQueue.Lane.HEAVY, "a1", hold, done);
        ComputeQueue.Task second = job("a", ComputeQueue.Lane.HEAVY, "a2", hold, done);
        queue.execute(first);
        queue.execute(second);
        assertThat(queue.isWaiting(second)).isTrue();
        assertThat(queue.cancel(second)).isTrue();
        assertThat(queue.isWaiting(second)).isFalse();
        assertThat(queue.cancel(second)).as("withdrawn twice").isFalse();
        hold.countDown();
        assertThat(done.await(1, TimeUnit.SECONDS)).as("the withdrawn job did not run").isFalse();
        assertThat(started).containsExactly("a1");
        assertThat(queue.stats()).isEqualTo(new ComputeQueue.Stats(0, 0, 0));
    }

    @Test
    void refusesAQueueWithoutAThreadForLightWork() {
        assertThatThrownBy(() -> new ComputeQueue(2, 2, 8, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 <= heavy threads < threads");
    }
}
