package org.spamouflage.sandbox.simulation;

import java.util.List;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Writes honest users' posts: composed from independent parts (opener, situation, opinion,
 * personal tail, closer) with the writer's own slot values (city, numbers, prices), synonym swaps
 * and casual noise (lower case, missing full stops, typos), so that identical honest posts are
 * rare. Every post has at least two parts, and a part with the writer's own details, unless it is
 * a slogan: slogans are the deliberate exception, short phrases many honest users repeat.
 */
final class OrganicWriter {
    /** Probability that a word with synonyms is swapped: people word the same thought differently. */
    private static final double OWN_WORDING = 0.25;

    private final StringBuilder sb = new StringBuilder(256);
    final Fill fill = new Fill();
    private int parts;
    private int slots;
    private Rng r;

    private void add(Phrase[][] bank, int lang) {
        Phrase p = r.pick(bank[lang]);
        p.render(sb, fill, r, OWN_WORDING);
        parts++;
        slots += p.slotCount();
    }

    /** A reply to a politician (or, with {@code reply=false}, a standalone post). */
    void write(PostDraft d, Rng rng, int lang, boolean reply, boolean superfan) {
        r = rng;
        fill.rng = rng;
        fill.lang = lang;
        sb.setLength(0);
        parts = 0;
        slots = 0;
        if (superfan && r.chance(0.5)) {
            add(OrganicTexts.SUPERFAN_P, lang);
            if (r.chance(0.5)) {
                add(OrganicTexts.CLOSER_P, lang);
            }
        } else if (reply) {
            int openerEnd = -1;
            if (r.chance(0.45)) {
                add(OrganicTexts.REPLY_OPENER_P, lang);
                openerEnd = sb.length();
            } else if (r.chance(0.08)) {
                sb.append(fill.pol).append(", ");
                openerEnd = sb.length();
                parts++;
                slots++;
            }
            double form = r.nextDouble();
            if (form < 0.5) {
                add(OrganicTexts.SITUATION_P, lang);
                sb.append(' ');
                add(OrganicTexts.OPINION_P, lang);
            } else if (form < 0.8) {
                add(OrganicTexts.OPINION_P, lang);
            } else {
                add(OrganicTexts.SITUATION_P, lang);
            }
            if (openerEnd > 0) {
                TextTools.lowerAfterOpener(sb, openerEnd);
            }
            if (r.chance(0.35)) {
                add(OrganicTexts.CLOSER_P, lang);
            }
            if (parts < 2 || slots == 0 || r.chance(0.2)) {
                add(OrganicTexts.TAIL_P, lang);
            }
        } else if (r.chance(0.55)) {
            add(OrganicTexts.EVERYDAY_P, lang);
            if (slots == 0 || r.chance(0.5)) {
                add(OrganicTexts.CHATTER_P, lang);
            }
        } else {
            add(OrganicTexts.SITUATION_P, lang);
            if (r.chance(0.5)) {
                sb.append(' ');
                add(OrganicTexts.OPINION_P, lang);
            }
            if (parts < 2 || slots == 0) {
                add(OrganicTexts.TAIL_P, lang);
            }
        }
        if (parts < 2 || slots == 0) {
            add(OrganicTexts.TAIL_P, lang);
        }
        casualNoise();
        if (r.chance(0.15)) {
            sb.append(' ').append(r.pick(OrganicTexts.EMOJI));
        }
        List<String> tags = List.of();
        if (r.chance(superfan ? 0.3 : 0.07)) {
            String tag = r.chance(0.5) ? (lang == 1 ? "polcan" : "cdnpoli") : OtherTexts.PROVINCE_TAGS[fill.province];
            tags = TextTools.oneTag(tag);
            sb.append(" #").append(tag);
        }
        d.hashtags = tags;
        if (r.chance(reply ? 0.04 : 0.12)) {
            newsLink(d, lang, popularArticle());
        }
        d.text = sb.toString();
        d.kind = "organic";
    }

    /** A slogan or hashtag many honest users repeat word for word. */
    void slogan(PostDraft d, Rng rng, int lang) {
        String s = rng.pick(OrganicTexts.SLOGANS[lang]);
        d.text = s;
        d.hashtags = s.startsWith("#") ? TextTools.oneTag(s.substring(1)) : List.of();
        d.kind = "slogan";
    }

    /** A post about a news spike's topic. */
    void spike(PostDraft d, Rng rng, int lang, String topic, String topicTag) {
        r = rng;
        fill.rng = rng;
        fill.lang = lang;
        fill.topic = topic;
        sb.setLength(0);
        parts = 0;
        slots = 0;
        add(OrganicTexts.SPIKE_P, lang);
        if (r.chance(0.5)) {
            add(OrganicTexts.TAIL_P, lang);
        }
        casualNoise();
        List<String> tags = List.of();
        if (r.chance(0.6)) {
            tags = TextTools.oneTag(topicTag);
            sb.append(" #").append(topicTag);
        }
        d.hashtags = tags;
        if (r.chance(0.3)) {
            // Everyone shares the same few stories about the event: honest co-sharing of links.
            newsLink(d, lang, r.nextInt(3));
        }
        d.text = sb.toString();
        d.kind = "organic";
    }

    /**
     * Honest users share news articles too: each day has {@link #ARTICLES_PER_DAY} stories on
     * invented news sites whose popularity falls off as 1/rank (a few stories are shared by many),
     * so honest accounts also post the same link within hours: false positives for link signals.
     */
    private void newsLink(PostDraft d, int lang, int rank) {
        long day = Math.floorDiv(d.time - 4 * 3600, 86_400L);
        String site = NEWS_SITES[lang][(int) Math.floorMod(day + rank, (long) NEWS_SITES[lang].length)];
        String link = "https://" + site + "/" + day + "/story-" + rank;
        d.links = List.of(link);
        sb.append(' ').append(link);
    }

    private int popularArticle() {
        return r.pickCumulative(ARTICLE_POPULARITY);
    }

    static final int ARTICLES_PER_DAY = 40;
    private static final double[] ARTICLE_POPULARITY;
    private static final String[][] NEWS_SITES = {
        {"dailymaple.example", "northernherald.example", "coastalcurrent.example", "prairiepost.example"},
        {"lejournaldunord.example", "lavoixduquebec.example", "lecourrierdelest.example"},
    };

    static {
        double[] w = new double[ARTICLES_PER_DAY];
        for (int k = 0; k < w.length; k++) {
            w[k] = 1.0 / (k + 1);
        }
        ARTICLE_POPULARITY = Rng.cumulative(w);
    }

    private void casualNoise() {
        double x = r.nextDouble();
        if (x < 0.06) {
            TextTools.lowerCaseAll(sb);
        } else if (x < 0.11) {
            TextTools.dropFinalPunctuation(sb);
        }
        if (r.chance(0.03)) {
            TextTools.typo(sb, r);
        }
    }
}
