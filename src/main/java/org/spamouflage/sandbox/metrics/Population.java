package org.spamouflage.sandbox.metrics;

/**
 * Who was evaluated: every number in a report is about these accounts only.
 *
 * @param scoredAccounts     accounts given to the evaluation
 * @param evaluated          accounts counted (scored minus any left out)
 * @param campaign           campaign accounts counted (positives)
 * @param other              non-campaign accounts counted (negatives: organic, and background
 *                           unless excluded)
 * @param excludedBackground background accounts left out by choice
 * @param excludedUnknown    accounts missing from the truth and left out by choice
 * @param unknownAsNegative  accounts missing from the truth and counted as negatives by choice
 * @param background         how background accounts were treated: {@code NEGATIVE} or {@code EXCLUDE}
 * @param unknown            how accounts missing from the truth were treated
 */
public record Population(int scoredAccounts, int evaluated, int campaign, int other, int excludedBackground,
        int excludedUnknown, int unknownAsNegative, LabelOptions.Background background, LabelOptions.Unknown unknown) {

    /** The population described by these labels. */
    public static Population of(TruthLabels labels) {
        return new Population(labels.inputSize(), labels.size(), labels.positives(), labels.negatives(),
                labels.excludedBackground(), labels.excludedUnknown(), labels.unknownAsNegative(),
                labels.options().background(), labels.options().unknown());
    }
}
