/**
 * Evaluation against ground truth: how well do detection scores and clusters separate the
 * campaign from everyone else?
 *
 * <p>Plain Java (no Vaadin, Spring or JDBC) and independent of the detection package: the inputs
 * are account ids, scores (one {@code double} per account, higher = more suspicious) and labels
 * (positive = campaign). {@link org.spamouflage.sandbox.metrics.TruthLabels} builds the labels
 * from {@link org.spamouflage.sandbox.dataset.GroundTruth}.
 *
 * <p>Conventions used everywhere in this package:
 * <ul>
 *   <li><b>Scores are not probabilities.</b> A score of 0.8 does not mean "80% likely to be a
 *       campaign account"; scores only order accounts. Every metric here depends on that order
 *       alone, except the histograms and the threshold rule.</li>
 *   <li><b>Threshold rule:</b> an account is <em>flagged</em> when {@code score >= threshold}.
 *       Accounts with equal scores are therefore always flagged together, which is why a ROC
 *       curve moves diagonally through tied scores.</li>
 *   <li><b>Undefined is not zero.</b> A number that cannot be computed (AUC without any campaign
 *       account, precision when nothing is flagged) is {@code NaN}, and the result record says
 *       why; no exception is thrown for such data.</li>
 *   <li><b>Bad input</b> (NaN or infinite scores, arrays of different lengths, duplicate ids)
 *       throws {@link org.spamouflage.sandbox.metrics.InvalidMetricInputException} listing every
 *       problem at once.</li>
 * </ul>
 *
 * <p>Entry points: {@link org.spamouflage.sandbox.metrics.ThresholdTable} (one sort, then ROC, PR,
 * AUC, AP, KS, confusion at any threshold in O(log n)), {@link
 * org.spamouflage.sandbox.metrics.Separation} (per-signal summary), {@link
 * org.spamouflage.sandbox.metrics.ScoreHistogram}, {@link
 * org.spamouflage.sandbox.metrics.ClusterRecovery}, {@link
 * org.spamouflage.sandbox.metrics.SeedSweep} and {@link
 * org.spamouflage.sandbox.metrics.Evaluator} (the whole {@link
 * org.spamouflage.sandbox.metrics.EvaluationReport}, written by {@link
 * org.spamouflage.sandbox.metrics.MetricsJson}).
 */
package org.spamouflage.sandbox.metrics;
