package org.spamouflage.sandbox.detection.coaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spamouflage.sandbox.testing.RandomInputs.anyLong;
import static org.spamouflage.sandbox.testing.RandomInputs.cases;
import static org.spamouflage.sandbox.testing.RandomInputs.edge;
import static org.spamouflage.sandbox.testing.RandomInputs.intBetween;
import static org.spamouflage.sandbox.testing.RandomInputs.longBetween;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-computed fixtures and a brute-force oracle for the sliding-window co-action count. */
class CoActionCounterTest {

    /** A row for fixtures: object, account, time. */
    record Row(String object, String account, long time) {
    }

    static ActionTable table(List<Row> rows) {
        ActionTable.Builder b = ActionTable.builder();
        for (int i = 0; i < rows.size(); i++) {
            b.add(rows.get(i).object(), rows.get(i).account(), rows.get(i).time(), i);
        }
        return b.build();
    }

    static ActionTable table(Row... rows) {
        return table(List.of(rows));
    }

    static CoActionNetwork count(long window, Row... rows) {
        return new CoActionCounter(window).count(table(rows));
    }

    /** "a,b,weight,objects" for every edge, in output order. */
    static List<String> edges(CoActionNetwork net) {
        List<String> out = new ArrayList<>();
        for (int e = 0; e < net.edgeCount(); e++) {
            CoActionEdge edge = net.edge(e);
            out.add(edge.accountA() + "," + edge.accountB() + "," + edge.weight() + "," + edge.objects());
        }
        return out;
    }

    @Nested
    class WindowEdge {
        @Test
        void pairExactlyOneWindowApartIsIncluded() {
            CoActionNetwork net = count(60, new Row("x", "A", 100), new Row("x", "B", 160));
            assertThat(edges(net)).containsExactly("A,B,1,1");
        }

        @Test
        void pairOneSecondBeyondTheWindowIsExcluded() {
            CoActionNetwork net = count(60, new Row("x", "A", 100), new Row("x", "B", 161));
            assertThat(net.edgeCount()).isZero();
            assertThat(net.inWindowPairs()).isZero();
        }

        @Test
        void windowZeroPairsOnlyTheSameSecond() {
            CoActionNetwork net = count(0, new Row("x", "A", 5), new Row("x", "B", 5), new Row("x", "C", 6));
            assertThat(edges(net)).containsExactly("A,B,1,1");
        }

        @Test
        void orderInTimeDoesNotMatterOnlyTheDistance() {
            // B before A: |Δt| = 60 still pairs.
            CoActionNetwork net = count(60, new Row("x", "A", 160), new Row("x", "B", 100));
            assertThat(edges(net)).containsExactly("A,B,1,1");
        }

        @Test
        void differentObjectsNeverPair() {
            CoActionNetwork net = count(60, new Row("x", "A", 0), new Row("y", "B", 0));
            assertThat(net.edgeCount()).isZero();
        }
    }

    @Nested
    class SameAccount {
        @Test
        void sameAccountTwiceOnOneObjectCountsBothPairs() {
            // A at 0 and 10, B at 5: pairs (A@0,B) and (A@10,B) → weight 2 on one object (CooRTweet semantics).
            CoActionNetwork net = count(60, new Row("x", "A", 0), new Row("x", "A", 10), new Row("x", "B", 5));
            assertThat(edges(net)).containsExactly("A,B,2,1");
            // In-window pairs include the A–A pair: 3.
            assertThat(net.inWindowPairs()).isEqualTo(3);
            assertThat(net.crossAccountPairs()).isEqualTo(2);
        }

        @Test
        void selfPairsAreNeverEdges() {
            CoActionNetwork net = count(60, new Row("x", "A", 0), new Row("x", "A", 1), new Row("x", "A", 2));
            assertThat(net.edgeCount()).isZero();
            assertThat(net.inWindowPairs()).isEqualTo(3);
            assertThat(net.coordinatedActions(0)).isZero();
        }

        @Test
        void onlyTheRepeatWithinTheWindowCounts() {
            // A at 0 and 1000, B at 30: only A@0 pairs with B.
            CoActionNetwork net = count(60, new Row("x", "A", 0), new Row("x", "A", 1000), new Row("x", "B", 30));
            assertThat(edges(net)).containsExactly("A,B,1,1");
            assertThat(net.coordinatedActions(net.table().indexOfAccount("A"))).isEqualTo(1);
            assertThat(net.table().actionsOf(net.table().indexOfAccount("A"))).isEqualTo(2);
        }
    }

    @Nested
    class Aggregation {
        @Test
        void weightsSumOverObjectsAndObjectsAreCountedOnce() {
            // x: A,B once each → 1 pair; y: A twice, B twice, all within 60 s → 4 pairs. Total 5 on 2 objects.
            CoActionNetwork net = count(60,
                    new Row("x", "A", 0), new Row("x", "B", 10),
                    new Row("y", "A", 500), new Row("y", "A", 510), new Row("y", "B", 520), new Row("y", "B", 530));
            assertThat(edges(net)).containsExactly("A,B,5,2");
            assertThat(net.totalWeight()).isEqualTo(5);
        }

        @Test
        void jaccardIsSharedObjectsOverTheUnionOfEachAccountsObjects() {
            // A acts on x,y,z; B on x,y; they co-act on x only → 1 / (3 + 2 - 1) = 0.25.
            CoActionNetwork net = count(60,
                    new Row("x", "A", 0), new Row("x", "B", 1),
                    new Row("y", "A", 0), new Row("y", "B", 5000),
                    new Row("z", "A", 0));
            assertThat(net.edgeCount()).isEqualTo(1);
            assertThat(net.jaccard(0)).isEqualTo(0.25);
        }

        @Test
        void accountsAreNumberedInCodePointOrderWithAndWithoutCharactersBeyondTheBmp() {
            // U+1F600 is the surrogate pair D83D DE00: in UTF-16 order it sorts before U+FF21, by code point after
            String emoji = "\uD83D\uDE00";
            String fullwidthA = "\uFF21";
            ActionTable.Builder mixed = ActionTable.builder();
            for (String id : new String[] {emoji, fullwidthA, "b", "a"}) {
                mixed.add("x", id, 0, 0);
            }
            ActionTable t = mixed.build();
            assertThat(List.of(t.accountId(0), t.accountId(1), t.accountId(2), t.accountId(3)))
                    .containsExactly("a", "b", fullwidthA, emoji);
            assertThat(emoji.compareTo(fullwidthA)).as("String.compareTo would put it first").isNegative();

            ActionTable.Builder plain = ActionTable.builder();
            for (String id : new String[] {"acct-10", fullwidthA, "Acct-9", "acct-9"}) {
                plain.add("x", id, 0, 0);
            }
            ActionTable p = plain.build();
            assertThat(List.of(p.accountId(0), p.accountId(1), p.accountId(2), p.accountId(3)))
                    .containsExactly("Acct-9", "acct-10", "acct-9", fullwidthA);
        }

        @Test
        void outputIsSortedByIdAndIndependentOfRowOrder() {
            List<Row> rows = new ArrayList<>();
            String[] accounts = {"zed", "Zed", "alpha", "beta", "b", "a10", "a9"};
            for (int i = 0; i < 40; i++) {
                rows.add(new Row("o" + (i % 3), accounts[i % accounts.length], i * 7L % 50));
            }
            List<String> first = edges(new CoActionCounter(20).count(table(rows)));
            Collections.shuffle(rows, new Random(7));
            List<String> second = edges(new CoActionCounter(20).count(table(rows)));

            assertThat(second).isEqualTo(first);
            List<String> pairs = first.stream().map(s -> s.substring(0, s.indexOf(',', s.indexOf(',') + 1))).toList();
            assertThat(pairs).isSortedAccordingTo((x, y) -> {
                String[] p = x.split(",");
                String[] q = y.split(",");
                int c = CodePointOrder.compareStrings(p[0], q[0]);
                return c != 0 ? c : CodePointOrder.compareStrings(p[1], q[1]);
            });
            for (String p : pairs) {
                String[] ab = p.split(",");
                assertThat(CodePointOrder.compareStrings(ab[0], ab[1])).isNegative();
            }
        }
    }

    @Nested
    class Scale {
        @Test
        void twoThousandAccountsInTheSameSecondGiveEveryPairOnce() {
            int n = 2000;
            ActionTable.Builder b = ActionTable.builder();
            for (int i = 0; i < n; i++) {
                b.add("hot", "acc" + i, 1_700_000_000L, i);
            }
            CoActionNetwork net = new CoActionCounter(60).count(b.build());

            assertThat(net.edgeCount()).isEqualTo(n * (n - 1) / 2);
            assertThat(net.totalWeight()).isEqualTo((long) n * (n - 1) / 2);
        }

        @Test
        void oneShareASecondGivesTheClosedFormPairCount() {
            // n shares one second apart, window w < n: sum over i of min(i, w) = w(w+1)/2 + (n-1-w)·w.
            int n = 5000;
            int w = 60;
            ActionTable.Builder b = ActionTable.builder();
            for (int i = 0; i < n; i++) {
                b.add("hot", "acc" + i, i, i);
            }
            CoActionNetwork net = new CoActionCounter(w).count(b.build());

            long expected = (long) w * (w + 1) / 2 + (long) (n - 1 - w) * w;
            assertThat(expected).isEqualTo(298_170);
            assertThat(net.totalWeight()).isEqualTo(expected);
            assertThat(net.edgeCount()).isEqualTo((int) expected);
        }

        @Test
        void bothAggregationsGiveTheSameHotObjectNetwork() {
            ActionTable.Builder b = ActionTable.builder();
            Random r = new Random(3);
            for (int i = 0; i < 20_000; i++) {
                b.add(i % 10 == 0 ? "o" + r.nextInt(50) : "hot", "acc" + r.nextInt(3000), r.nextInt(86_400), i);
            }
            ActionTable t = b.build();
            CoActionNetwork sorted = new CoActionCounter(60, CoActionLimits.DEFAULT, CoActionCounter.Strategy.SORT).count(t);
            CoActionNetwork hashed = new CoActionCounter(60, CoActionLimits.DEFAULT, CoActionCounter.Strategy.HASH).count(t);

            assertThat(sorted.edgeCount()).isGreaterThan(1000);
            assertThat(edges(hashed)).isEqualTo(edges(sorted));
        }

        @Test
        void sortPathTakesAtMostASixteenthOfTheHeapInItsBuffer() {
            long gib = 1L << 30;
            // 8 bytes a pair, a sixteenth of the heap: 4 GiB / 16 / 8 and 16 GiB / 16 / 8, by hand
            assertThat(CoActionCounter.sortPathMaxPairs(4 * gib)).isEqualTo(33_554_432L);
            assertThat(CoActionCounter.sortPathMaxPairs(16 * gib)).isEqualTo(134_217_728L);
            // one Java array at most, however large the heap
            assertThat(CoActionCounter.sortPathMaxPairs(1L << 40)).isEqualTo(Integer.MAX_VALUE - 8);
        }
    }

    @Nested
    class Limits {
        @Test
        void stopsWithAMessageWhenDistinctPairsExceedTheEdgeCap() {
            ActionTable t = table(new Row("viral", "A", 0), new Row("viral", "B", 0), new Row("viral", "C", 0),
                    new Row("viral", "D", 0), new Row("viral", "E", 0));
            for (CoActionCounter.Strategy s : CoActionCounter.Strategy.values()) {
                CoActionCounter c = new CoActionCounter(60, new CoActionLimits(9, Integer.MAX_VALUE), s);
                assertThatThrownBy(() -> c.count(t))
                        .isInstanceOf(CoActionLimitException.class)
                        .hasMessageContaining("more than 9 distinct account pairs")
                        .hasMessageContaining("'viral'")
                        .hasMessageContaining("5 actions in 0 s");
            }
        }

        @Test
        void stopsWithAMessageWhenPairsExceedThePairCap() {
            ActionTable t = table(new Row("viral", "A", 0), new Row("viral", "B", 0), new Row("viral", "A", 1),
                    new Row("viral", "B", 1));
            CoActionCounter c = new CoActionCounter(60, new CoActionLimits(100, 3), CoActionCounter.Strategy.HASH);
            assertThatThrownBy(() -> c.count(t))
                    .isInstanceOf(CoActionLimitException.class)
                    .hasMessageContaining("more than 3 co-action pairs");
        }

        @Test
        void rejectsANegativeWindow() {
            assertThatThrownBy(() -> new CoActionCounter(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("window must be >= 0");
        }
    }

    /** Brute force over all pairs of rows: the definition itself. */
    static TreeMap<String, long[]> bruteForce(List<Row> rows, long window) {
        TreeMap<String, long[]> out = new TreeMap<>();
        TreeMap<String, java.util.Set<String>> objects = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Row x = rows.get(i);
                Row y = rows.get(j);
                if (x.object().equals(y.object()) && !x.account().equals(y.account())
                        && Math.abs(x.time() - y.time()) <= window) {
                    String key = x.account().compareTo(y.account()) < 0 ? x.account() + "," + y.account()
                            : y.account() + "," + x.account();
                    out.computeIfAbsent(key, k -> new long[2])[0]++;
                    objects.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(x.object());
                }
            }
        }
        out.forEach((k, v) -> v[1] = objects.get(k).size());
        return out;
    }

    /** 200 drawn row counts (0..60), windows (0..30) and row seeds, plus the extremes. */
    static Stream<Arguments> rowCountsAndWindows() {
        return cases(200, r -> Arguments.of(intBetween(r, 0, 60), longBetween(r, 0, 30), anyLong(r)),
                edge("no rows", 0, 10L, 1L),
                edge("one row", 1, 10L, 2L),
                edge("window 0", 60, 0L, 3L),
                edge("most rows, widest window", 60, 30L, Long.MIN_VALUE));
    }

    @ParameterizedTest
    @MethodSource("rowCountsAndWindows")
    void bothAggregationsMatchTheBruteForceDefinition(int n, long window, long seed) {
        Random r = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row("o" + r.nextInt(4), "a" + r.nextInt(6), r.nextInt(100)));
        }
        TreeMap<String, long[]> expected = bruteForce(rows, window);
        List<String> oracle = new ArrayList<>();
        expected.forEach((k, v) -> oracle.add(k + "," + v[0] + "," + v[1]));

        for (CoActionCounter.Strategy s : CoActionCounter.Strategy.values()) {
            CoActionNetwork net = new CoActionCounter(window, CoActionLimits.DEFAULT, s).count(table(rows));
            assertThat(edges(net)).as("strategy %s", s).isEqualTo(oracle);
        }
    }
}
