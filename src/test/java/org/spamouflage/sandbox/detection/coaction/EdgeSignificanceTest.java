package org.spamouflage.sandbox.detection.coaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.detection.coaction.CoActionCounterTest.Row;

class EdgeSignificanceTest {

    @Nested
    class PoissonTail {
        // Oracle values computed by hand from the Poisson pmf (Python: 1 - exp(-l) * sum(l**k / k!)).
        @Test
        void weightOneIsOneMinusExpMinusLambdaWithoutCancellation() {
            assertThat(EdgeSignificance.poissonUpperTail(1, 1e-12)).isCloseTo(1e-12, within(1e-24));
            assertThat(EdgeSignificance.poissonUpperTail(1, 0.4)).isCloseTo(0.3296799539643607, within(1e-15));
        }

        @Test
        void higherWeightsMatchThePmfSums() {
            assertThat(EdgeSignificance.poissonUpperTail(2, 1.0)).isCloseTo(0.26424111765711533, within(1e-12));
            assertThat(EdgeSignificance.poissonUpperTail(3, 0.5)).isCloseTo(0.014387677966970713, within(1e-12));
            assertThat(EdgeSignificance.poissonUpperTail(5, 3.0)).isCloseTo(0.18473675547622792, within(1e-12));
            // The bots of the Zipf benchmark: 50 co-shares with λ = 0.01759.
            assertThat(EdgeSignificance.poissonUpperTail(50, 0.01759)).isCloseTo(5.925536454973639e-153,
                    within(1e-160));
        }

        @Test
        void agreesWithCommonsMathsRegularisedGammaOverAGrid() {
            // Second method: P(X >= k) = P(k, λ), the regularised lower incomplete gamma function.
            for (int k = 2; k <= 200; k += (k < 20 ? 1 : 17)) {
                for (double lambda : new double[] {1e-6, 0.003, 0.1, 0.9, 1.0, 2.5, 7.0, 19.9, 60.0, 150.0, 400.0}) {
                    double expected = org.apache.commons.math3.special.Gamma.regularizedGammaP(k, lambda, 1e-16,
                            Integer.MAX_VALUE);
                    double actual = EdgeSignificance.poissonUpperTail(k, lambda);
                    if (expected > 1e-290) {
                        assertThat(actual).as("k=%d λ=%s", k, lambda)
                                .isCloseTo(expected, within(1e-10 * expected + 1e-14));
                    } else {
                        assertThat(actual).as("k=%d λ=%s", k, lambda).isLessThan(1e-280);
                    }
                }
            }
        }

        @Test
        void weightZeroIsCertainAndLambdaZeroMakesAnyCoActionImpossible() {
            assertThat(EdgeSignificance.poissonUpperTail(0, 0.3)).isEqualTo(1.0);
            assertThat(EdgeSignificance.poissonUpperTail(2, 0.0)).isEqualTo(0.0);
        }
    }

    @Nested
    class BenjaminiHochberg {
        // Oracle: R's p.adjust(p, "BH", n = tests), worked by hand: q_(k) = min over j >= k of p_(j) * n / j.
        @Test
        void adjustsLikeRsPAdjust() {
            double[] q = EdgeSignificance.benjaminiHochberg(new double[] {0.001, 0.04, 0.03}, 3);
            assertThat(q[0]).isCloseTo(0.003, within(1e-15));
            assertThat(q[1]).isCloseTo(0.04, within(1e-15));
            assertThat(q[2]).isCloseTo(0.04, within(1e-15));
        }

        @Test
        void untestedPairsCountAsTests() {
            // Five observed edges out of ten account pairs: q = p * 10 / rank = 0.1 for all.
            double[] q = EdgeSignificance.benjaminiHochberg(new double[] {0.01, 0.02, 0.03, 0.04, 0.05}, 10);
            for (double v : q) {
                assertThat(v).isCloseTo(0.1, within(1e-15));
            }
        }

        @Test
        void tiesShareOneQValueAndNothingExceedsOne() {
            double[] q = EdgeSignificance.benjaminiHochberg(new double[] {0.2, 0.2, 0.2, 0.9}, 100);
            assertThat(q[0]).isEqualTo(q[1]).isEqualTo(q[2]).isEqualTo(1.0);
            assertThat(q[3]).isEqualTo(1.0);
        }
    }

    @Test
    void expectedWeightIsTheHandComputedLabelShuffleExpectation() {
        // x: A@0, B@10, C@1000; y: A@0, C@5; window 60. In-window pairs W = 2 (A–B on x, A–C on y), N = 5.
        // λ(A,B) = W * 2 * nA * nB / (N (N - 1)) = 2 * 2 * 2 * 1 / 20 = 0.4; λ(A,C) = 2 * 2 * 2 * 2 / 20 = 0.8.
        CoActionNetwork net = CoActionCounterTest.count(60, new Row("x", "A", 0), new Row("x", "B", 10),
                new Row("x", "C", 1000), new Row("y", "A", 0), new Row("y", "C", 5));
        EdgeSignificance sig = EdgeSignificance.of(net);

        assertThat(CoActionCounterTest.edges(net)).containsExactly("A,B,1,1", "A,C,1,1");
        assertThat(sig.expected(0)).isCloseTo(0.4, within(1e-15));
        assertThat(sig.expected(1)).isCloseTo(0.8, within(1e-15));
        assertThat(sig.pValue(0)).isCloseTo(1 - Math.exp(-0.4), within(1e-15));
        assertThat(sig.tests()).isEqualTo(3.0);
    }

    @Test
    void testsDistinctObjectsSoRepeatSharesByOneAccountDoNotInflateSignificance() {
        // A shares x three times within a minute, B once: CooRTweet weight 3, but one object co-shared.
        List<Row> rows = new ArrayList<>(List.of(new Row("x", "A", 0), new Row("x", "A", 10), new Row("x", "A", 20),
                new Row("x", "B", 5)));
        for (int i = 0; i < 200; i++) {
            rows.add(new Row("bg" + i, "u" + i, i * 1_000L));
        }
        CoActionNetwork net = new CoActionCounter(60).count(CoActionCounterTest.table(rows));
        EdgeSignificance sig = EdgeSignificance.of(net);

        assertThat(CoActionCounterTest.edges(net)).containsExactly("A,B,3,1");
        assertThat(sig.pValue(0)).isEqualTo(EdgeSignificance.poissonUpperTail(1, sig.expected(0)))
                .isGreaterThan(EdgeSignificance.poissonUpperTail(3, sig.expected(0)) * 100);
    }

    @Test
    void analyticNullAgreesWithAMonteCarloShuffleOfAccountLabels() {
        // Second method: shuffle the account labels over the observed (object, time) slots 2,000 times,
        // count each network, and compare the mean weight and the tail with λ and the Poisson p-value.
        Random r = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            // heterogeneous activity: account k has weight ~ 1/(k+1)
            int acc = (int) Math.floor(Math.pow(r.nextDouble(), 2) * 30);
            rows.add(new Row("o" + r.nextInt(12), "a" + acc, r.nextInt(3_600)));
        }
        long window = 60;
        CoActionNetwork observed = new CoActionCounter(window).count(CoActionCounterTest.table(rows));
        EdgeSignificance sig = EdgeSignificance.of(observed);
        ActionTable t = observed.table();
        int a = t.indexOfAccount("a0");
        int b = t.indexOfAccount("a1");
        // λ for the two most active accounts (whether or not they form an edge in the observed data)
        double n = t.size();
        double lambdaAB = 2.0 * observed.inWindowPairs() * t.actionsOf(a) * t.actionsOf(b) / (n * (n - 1));

        String[] labels = rows.stream().map(Row::account).toArray(String[]::new);
        int runs = 2_000;
        double sumW = 0;
        double sumTotal = 0;
        int atLeast1 = 0;
        int atLeast2 = 0;
        for (int k = 0; k < runs; k++) {
            shuffle(labels, r);
            List<Row> perm = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                perm.add(new Row(rows.get(i).object(), labels[i], rows.get(i).time()));
            }
            CoActionNetwork net = new CoActionCounter(window).count(CoActionCounterTest.table(perm));
            int e = net.findEdge(net.table().indexOfAccount("a0"), net.table().indexOfAccount("a1"));
            int w = e < 0 ? 0 : net.weight(e);
            sumW += w;
            sumTotal += net.totalWeight();
            atLeast1 += w >= 1 ? 1 : 0;
            atLeast2 += w >= 2 ? 1 : 0;
        }
        // Exact expectation: the mean weight agrees within 4 Monte Carlo standard errors (sd <= sqrt(2λ)).
        double se = Math.sqrt(2 * lambdaAB / runs);
        assertThat(lambdaAB).isBetween(0.3, 5.0);
        assertThat(sumW / runs).isCloseTo(lambdaAB, within(4 * se));
        // Expected total cross-account weight: W (N^2 - sum n_a^2) / (N (N - 1)).
        double sumSq = 0;
        for (int acc = 0; acc < t.accountCount(); acc++) {
            sumSq += (double) t.actionsOf(acc) * t.actionsOf(acc);
        }
        double expectedTotal = observed.inWindowPairs() * (n * n - sumSq) / (n * (n - 1));
        assertThat(sumTotal / runs).isCloseTo(expectedTotal, within(0.02 * expectedTotal));
        // Poisson tail vs the shuffle's tail: an approximation; tolerance 0.05 absolute, stated here.
        assertThat(atLeast1 / (double) runs).isCloseTo(EdgeSignificance.poissonUpperTail(1, lambdaAB), within(0.05));
        assertThat(atLeast2 / (double) runs).isCloseTo(EdgeSignificance.poissonUpperTail(2, lambdaAB), within(0.05));
        assertThat(sig.network().edgeCount()).isPositive();
    }

    private static void shuffle(String[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Ten campaign accounts share {@code objects} objects within nine seconds of each other; 200 organic
     * accounts per object share it once each, three hours apart, so no organic share is within a minute
     * of another or of the campaign. Every edge is a campaign pair of weight {@code objects}.
     */
    static List<Row> campaignWithEqualWeights(int objects) {
        List<Row> rows = new ArrayList<>();
        int organic = 0;
        for (int x = 0; x < objects; x++) {
            for (int k = 0; k < 200; k++) {
                rows.add(new Row("obj" + x, "organic" + organic++, k * 10_800L));
            }
            for (int c = 0; c < 10; c++) {
                rows.add(new Row("obj" + x, "camp" + c, 5_400L + x * 10_800L * 50 + c));
            }
        }
        return rows;
    }

    @Test
    void keepsACampaignWhoseEdgesAllHaveTheSameWeightWhereAQuantileCutDeletesIt() {
        CoActionNetwork net = new CoActionCounter(60).count(CoActionCounterTest.table(campaignWithEqualWeights(3)));
        assertThat(net.edgeCount()).isEqualTo(45);
        for (int e = 0; e < net.edgeCount(); e++) {
            assertThat(net.weight(e)).isEqualTo(3);
        }

        // The strawman: keep edges above the 90th percentile of weights, with a strict '>'.
        double[] weights = new double[net.edgeCount()];
        for (int e = 0; e < weights.length; e++) {
            weights[e] = net.weight(e);
        }
        double cut = new Percentile().evaluate(weights, 90);
        long quantileKept = Arrays.stream(weights).filter(w -> w > cut).count();
        assertThat(quantileKept).isZero();

        EdgeSignificance kept = EdgeSignificance.of(net).retainSignificant(0.01);
        assertThat(kept.network().edgeCount()).isEqualTo(45);
        for (int e = 0; e < 45; e++) {
            assertThat(kept.network().edge(e).accountA()).startsWith("camp");
            assertThat(kept.qValue(e)).isLessThan(0.01);
        }
    }

    /** The campaign plus a viral object: 100 organic accounts share it within five minutes (~2,000 weight-1 edges). */
    static List<Row> withViralBurst(List<Row> campaign) {
        List<Row> rows = new ArrayList<>(campaign);
        Random r = new Random(5);
        for (int i = 0; i < 100; i++) {
            rows.add(new Row("viral", "fan" + i, 90_000_000L + r.nextInt(300)));
        }
        return rows;
    }

    @Test
    void dropsChanceCoincidencesInsideAViralBurstButKeepsARepeatedCampaign() {
        CoActionNetwork net = new CoActionCounter(60).count(CoActionCounterTest.table(
                withViralBurst(campaignWithEqualWeights(6))));
        assertThat(net.edgeCount()).isGreaterThan(1_000);

        CoActionNetwork kept = EdgeSignificance.of(net).retainSignificant(0.01).network();
        assertThat(kept.edgeCount()).isEqualTo(45);
        for (int e = 0; e < kept.edgeCount(); e++) {
            assertThat(kept.edge(e).accountA()).startsWith("camp");
            assertThat(kept.edge(e).accountB()).startsWith("camp");
        }
    }

    @Test
    void aViralBurstRaisesTheBarForEveryPair() {
        // Documented behaviour of the popularity-keeping null: the burst's ~2,000 in-window pairs raise every
        // pair's expectation (λ from 0.006 to about 0.07 for the campaign), so three co-shares are no longer enough
        // among 250 thousand tested pairs, while six are (previous test).
        CoActionNetwork quiet = new CoActionCounter(60).count(CoActionCounterTest.table(campaignWithEqualWeights(3)));
        CoActionNetwork noisy = new CoActionCounter(60).count(CoActionCounterTest.table(
                withViralBurst(campaignWithEqualWeights(3))));
        EdgeSignificance q = EdgeSignificance.of(quiet);
        EdgeSignificance n = EdgeSignificance.of(noisy);
        int e = noisy.findEdge(noisy.table().indexOfAccount("camp0"), noisy.table().indexOfAccount("camp1"));

        // quiet: W = 3 objects × 45 pairs = 135, N = 630, n = 3 each: λ = 135·2·9 / (630·629) = 0.00613.
        assertThat(quiet.inWindowPairs()).isEqualTo(135);
        assertThat(q.expected(0)).isCloseTo(135 * 18.0 / (630 * 629), within(1e-15));
        // noisy: the burst adds its own in-window pairs (about 1,900), N = 730.
        assertThat(noisy.inWindowPairs() - 135).isBetween(1_500L, 2_500L);
        assertThat(n.expected(e)).isCloseTo(noisy.inWindowPairs() * 18.0 / (730 * 729), within(1e-15))
                .isBetween(0.05, 0.09);
        assertThat(q.retainSignificant(0.01).network().edgeCount()).isEqualTo(45);
        assertThat(n.retainSignificant(0.01).network().edgeCount()).isZero();
    }
}
