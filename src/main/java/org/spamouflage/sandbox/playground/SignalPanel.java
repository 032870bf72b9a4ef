package org.spamouflage.sandbox.playground;

import org.spamouflage.sandbox.metrics.SeparationReport;
import org.spamouflage.sandbox.chart.ChartSpec;

/**
 * One signal's part of the Playground: how well it separates campaign from other accounts.
 *
 * @param id         signal id
 * @param title      short name
 * @param direction  what a high score means
 * @param enabled    whether the signal counts in the combined score
 * @param weight     its weight in the combined score
 * @param separation AUC and friends (truth-based; shown only when the truth is)
 * @param aucText    "AUC 0.91" or "AUC not defined: …", or empty when the truth is hidden, or "Not applicable: why"
 * @param histogram  campaign vs other accounts' scores (one pooled series when the truth is hidden); null when
 *                   the signal does not apply to these data
 */
public record SignalPanel(String id, String title, String direction, boolean enabled, double weight,
                          SeparationReport separation, String aucText, ChartSpec histogram) {
}
