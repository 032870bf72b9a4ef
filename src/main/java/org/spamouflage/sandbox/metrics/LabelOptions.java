package org.spamouflage.sandbox.metrics;

/**
 * Which accounts count as what when labels are built from ground truth.
 *
 * @param background what to do with background accounts (automated accounts that are not part of
 *                   the campaign: news feeds, spam, scheduled posters)
 * @param unknown    what to do with scored accounts that the ground truth does not mention
 */
public record LabelOptions(Background background, Unknown unknown) {

    /**
     * Background bots count as negatives and unknown accounts are an error: the detector is asked
     * to find the campaign, and flagging an unrelated bot is a false alarm like flagging a person.
     */
    public static final LabelOptions DEFAULT = new LabelOptions(Background.NEGATIVE, Unknown.REJECT);

    public LabelOptions {
        background = background == null ? Background.NEGATIVE : background;
        unknown = unknown == null ? Unknown.REJECT : unknown;
    }

    /** The defaults with background accounts left out of the evaluation. */
    public static LabelOptions excludingBackground() {
        return new LabelOptions(Background.EXCLUDE, Unknown.REJECT);
    }

    /** Treatment of background (non-campaign automated) accounts. */
    public enum Background {
        /** Counted as negatives: flagging one is a false positive (the default). */
        NEGATIVE,
        /** Left out: neither a hit nor a false alarm (to study campaign vs people only). */
        EXCLUDE
    }

    /** Treatment of scored accounts missing from the ground truth. */
    public enum Unknown {
        /** An error listing the accounts (the default: generated truth covers every account). */
        REJECT,
        /** Counted as negatives, for imported data whose truth file lists only campaign accounts. */
        NEGATIVE,
        /** Left out of the evaluation. */
        EXCLUDE
    }
}
