package org.spamouflage.sandbox.simulation;

/**
 * An honest user's writing habits, drawn once per account: people differ in how casually they
 * type, whether they bother with capitals and full stops, how many emoji they use and, for
 * bilingual Canadians, how often the other official language slips in. The habits stay with the
 * account, so one person's posts look alike in form while different people's look different.
 *
 * @param casual    probability that a word with a casual spelling takes it ("because" → "bc")
 * @param lower     probability that a post is written all in lower case
 * @param dropFinal probability that a post ends without its full stop
 * @param exclaim   probability that a final full stop becomes "!" or "!!"
 * @param emoji     probability that a post carries emoji
 * @param typo      probability of a typo in a post
 * @param mix       probability that a word with an other-language equivalent takes it (bilingual users)
 * @param bilingual true for users who write in both official languages
 */
record Voice(double casual, double lower, double dropFinal, double exclaim, double emoji, double typo, double mix,
             boolean bilingual) {

    /** Tidy writing with no habits (politicians' staff, tests). */
    static final Voice PLAIN = new Voice(0, 0, 0, 0, 0, 0, 0, false);

    /**
     * One account's habits. Shares are invented but shaped like everyday observation: most people
     * write plainly, a minority types in shorthand or all lower case.
     */
    static Voice draw(Rng r, boolean bilingual) {
        double casual = r.chance(0.45) ? 0 : r.uniform(0.1, 0.6);
        double lower = r.chance(0.1) ? r.uniform(0.6, 0.95) : 0.03;
        double dropFinal = r.chance(0.25) ? r.uniform(0.4, 0.9) : 0.06;
        double exclaim = r.chance(0.15) ? r.uniform(0.2, 0.6) : 0.02;
        double emoji = r.chance(0.3) ? r.uniform(0.3, 0.7) : r.uniform(0.02, 0.15);
        double typo = r.uniform(0.01, 0.08);
        double mix = bilingual ? r.uniform(0.1, 0.4) : 0;
        return new Voice(casual, lower, dropFinal, exclaim, emoji, typo, mix, bilingual);
    }
}
