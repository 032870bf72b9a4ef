package org.spamouflage.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checking a scenario costs time and memory in proportion to the file (issue 12: a 240 KB file of
 * repeated {@code legacyLanguages} items took 73 s and 1.2 GB, because every item scanned every
 * earlier problem), and the problem list is capped. The files are a shipped scenario with its
 * three legacy languages replaced by {@code n} items {@code "pt"}, one per line: the first is the
 * list-size problem, every later one repeats item 0.
 */
class LargeScenarioTest {

    static String shipped;

    @BeforeAll
    static void readShipped() throws IOException {
        shipped = Files.readString(Path.of("scenarios/hijacked-legacy.json"));
        // warm up: class loading and the first compilation are not what is measured
        ScenarioValidator.validate(withLegacyLanguages(2000), "warm.json");
    }

    static String withLegacyLanguages(int n) {
        String items = "\n      \"pt\",".repeat(n - 1) + "\n      \"pt\"";
        String json = shipped.replace("\"legacyLanguages\": [\"bn\", \"pt\", \"id\"]", "\"legacyLanguages\": [" + items + "]");
        assertThat(json).isNotEqualTo(shipped);
        return json;
    }

    static com.sun.management.ThreadMXBean threads() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "per-thread CPU and allocation counters (HotSpot)");
        return (com.sun.management.ThreadMXBean) mx;
    }

    /**
     * The issue asks for this one timing: 240 KB, 20,000 items, under 2 s. Measured as this
     * thread's CPU time (wall time on a shared 2-core machine says more about the neighbours): about
     * 0.1-0.3 s, so 2 s leaves a wide margin; the old code took 73 s.
     */
    @Test
    void a240KbScenarioOf20000ListItemsValidatesInUnderTwoSeconds() {
        String json = withLegacyLanguages(20_000);
        assertThat(json.length()).isBetween(240_000, 260_000);
        com.sun.management.ThreadMXBean mx = threads();
        long cpu = mx.getCurrentThreadCpuTime();
        ValidationResult r = ScenarioValidator.validate(json, "big.json");
        long used = mx.getCurrentThreadCpuTime() - cpu;
        assertThat(r.count()).isEqualTo(20_000);
        assertThat(used).as("CPU nanoseconds").isLessThan(2_000_000_000L);
    }

    /**
     * Linear, shown without a clock: doubling the items doubles the bytes allocated (the quadratic
     * version allocated 0.6, 2.3, 9.0 and 35.6 GB for 2,500 to 20,000 items, four times more each time).
     */
    @Test
    void doublingTheItemsDoublesTheWork() {
        com.sun.management.ThreadMXBean mx = threads();
        long[] allocated = new long[2];
        int[] sizes = {10_000, 20_000};
        for (int i = 0; i < 2; i++) {
            String json = withLegacyLanguages(sizes[i]);
            long before = mx.getCurrentThreadAllocatedBytes();
            ScenarioValidator.validate(json, "big.json");
            allocated[i] = mx.getCurrentThreadAllocatedBytes() - before;
        }
        assertThat((double) allocated[1] / allocated[0]).isBetween(1.5, 2.5);
        // about 24 MB for 20,000 items (240 bytes per byte of input); the old code: 35.6 GB
        assertThat(allocated[1]).isLessThan(200_000_000L);
    }

    @Test
    void listsTheFirstHundredProblemsAndCountsTheRest() {
        ValidationResult r = ScenarioValidator.validate(withLegacyLanguages(20_000), "big.json");
        List<ScenarioProblem> p = r.problems();
        assertThat(r.valid()).isFalse();
        assertThat(r.count()).isEqualTo(20_000);
        assertThat(p).hasSize(ScenarioValidator.MAX_PROBLEMS + 1);
        assertThat(p.get(0).path()).isEqualTo("$.campaign.dormancy.legacyLanguages");
        assertThat(p.get(0).message()).isEqualTo("has 20000 items; allowed: a list of 0 to 10 items");
        assertThat(p.get(1).toString()).isEqualTo("big.json: $.campaign.dormancy.legacyLanguages[1] = \"pt\": repeats "
                + "$.campaign.dormancy.legacyLanguages[0]; allowed: each value at most once");
        assertThat(p.get(99).path()).isEqualTo("$.campaign.dormancy.legacyLanguages[99]");
        assertThat(p.get(100).toString()).isEqualTo("big.json: $: and 19,900 more problems, not listed (only the first "
                + "100 are); fix these and check again");
        assertThatThrownMessageHasAtMost101Lines(r);
    }

    @Test
    void exactlyAHundredProblemsAreAllListedWithoutAMoreLine() {
        // 100 items: the list-size problem and 99 repeats
        ValidationResult r = ScenarioValidator.validate(withLegacyLanguages(100), "hundred.json");
        assertThat(r.count()).isEqualTo(100);
        assertThat(r.problems()).hasSize(100).noneMatch(p -> p.message().contains("more problems"));
    }

    private static void assertThatThrownMessageHasAtMost101Lines(ValidationResult r) {
        try {
            r.orThrow();
        } catch (InvalidScenarioException e) {
            assertThat(e.getMessage().lines()).hasSize(101);
            return;
        }
        throw new AssertionError("expected an InvalidScenarioException");
    }
}
