package org.spamouflage.sandbox.detection.coaction;

/**
 * One edge of a {@link CoActionNetwork}.
 *
 * @param accountA id of the account that sorts first (code-point order)
 * @param accountB id of the other account
 * @param a        index of {@code accountA} in the table
 * @param b        index of {@code accountB} in the table
 * @param weight   number of co-action pairs within the window
 * @param objects  number of distinct objects co-acted on within the window
 */
public record CoActionEdge(String accountA, String accountB, int a, int b, int weight, int objects) {
}
