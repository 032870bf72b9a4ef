package org.spamouflage.sandbox.metrics;

/**
 * One signal's scores, aligned with the account ids given to {@link TruthLabels} (one score per
 * id, same order). Higher = more suspicious; not a probability.
 *
 * @param name   the signal's name, unique within one evaluation (e.g. {@code coShare})
 * @param scores one score per input account id (not copied: do not change it while evaluating)
 */
public record NamedScores(String name, double[] scores) {
}
