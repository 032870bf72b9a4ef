package org.spamouflage.sandbox.detection;

/**
 * What a signal measures, for people.
 *
 * @param id          stable identifier used in settings, CSV columns and URLs
 * @param title       short name for a chart
 * @param kind        {@code coordination} (needs other accounts) or {@code account} (one account alone)
 * @param direction   what a high score means, in one sentence
 * @param source      where the idea or the default comes from
 */
public record SignalInfo(String id, String title, String kind, String direction, String source) {
}
