package org.spamouflage.sandbox.metrics;

/**
 * One point of a precision–recall curve: flagging every account with {@code score >= threshold}
 * catches {@code recall} of the campaign, and {@code precision} of the flagged accounts really are
 * campaign.
 *
 * @param threshold     the cut ({@code +Infinity} for the conventional starting point)
 * @param recall        share of campaign accounts flagged (x axis)
 * @param precision     share of flagged accounts that are campaign (y axis); 1 by convention at the
 *                      starting point, where nothing is flagged
 * @param truePositives campaign accounts flagged
 * @param flagged       accounts flagged
 */
public record PrPoint(double threshold, double recall, double precision, int truePositives, int flagged) {
}
