package org.spamouflage.sandbox.metrics;

/**
 * Of the {@code k} highest-scoring accounts, the share that are campaign: what an investigator
 * who checks the top {@code k} of the list by hand would find. Scores are not probabilities.
 *
 * <p>When accounts tied on the score straddle the cut, the tied group's campaign share is spread
 * evenly over the remaining places (the expected value if ties were broken at random), so the
 * answer never depends on input order or account ids.
 *
 * @param k         how many top accounts were asked for
 * @param counted   how many were counted: {@code min(k, accounts evaluated)}
 * @param precision share of the {@code counted} top accounts that are campaign; NaN when no
 *                  accounts were evaluated
 */
public record PrecisionAtK(int k, int counted, double precision) {
}
