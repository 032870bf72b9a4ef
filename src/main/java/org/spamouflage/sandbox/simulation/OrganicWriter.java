package org.spamouflage.sandbox.simulation;

import java.util.List;
import org.spamouflage.sandbox.simulation.Drafts.PostDraft;

/**
 * Writes honest users' posts from the banks in {@link OrganicTexts}: a plan (everyday life, an
 * issue, a reply to a politician's post on its topic, superfan cheering) picks a few parts, each
 * part is one bank line with its inline choices drawn anew, the writer's own values fill the
 * slots, and the writer's {@link Voice} (shorthand, the other official language, lower case,
 * missing full stops, emoji, typos) is applied on top. Slogans are the deliberate exception:
 * short phrases many honest users repeat word for word.
 */
final class OrganicWriter {
    /** Probability that a word with synonyms is swapped: people word the same thought differently. */
    private static final double OWN_WORDING = 0.25;
    /** Probability that a one-sentence post gets a second sentence. */
    private static final double SECOND_THOUGHT = 0.75;

    private final StringBuilder sb = new StringBuilder(320);
    private char[] scratch = new char[320];
    final Fill fill = new Fill();
    /** The habits of the account being written for; set by the builder for each account. */
    Voice voice = Voice.PLAIN;
    private Rng r;
    private int lang;
    /** Sentences with content in the post so far (openers, asides, closers and small talk not counted). */
    private int parts;

    private void begin(Rng rng, int language) {
        r = rng;
        lang = language;
        fill.rng = rng;
        fill.lang = language;
        sb.setLength(0);
        parts = 0;
    }

    /** Appends one line of {@code bank}, drawn at random, after a space. */
    private int add(Phrase[] bank) {
        int i = r.nextInt(bank.length);
        render(bank[i]);
        return i;
    }

    /** Appends a line of {@code bank} other than line {@code not} (when the bank has another). */
    private int addOther(Phrase[] bank, int not) {
        int i = r.nextInt(bank.length);
        if (i == not && bank.length > 1) {
            i = (i + 1 + r.nextInt(bank.length - 1)) % bank.length;
        }
        render(bank[i]);
        return i;
    }

    private void render(Phrase p) {
        parts++;
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) != ' ') {
            // A line may end without its full stop ("...for 3 years, carpets ruined"): most people
            // still close the sentence before the next one; casual writers often do not.
            if (Character.isLetterOrDigit(sb.charAt(n - 1)) && !r.chance(voice.dropFinal() * 0.5)) {
                sb.append('.');
            }
            sb.append(' ');
        }
        p.render(sb, fill, r, OWN_WORDING, voice.casual(), voice.mix());
    }

    /** Adds an opener ("Honestly, ") and returns where the sentence after it starts. */
    private int opener(Phrase[] bank) {
        minor(bank);
        sb.append(' ');
        return sb.length();
    }

    /** Appends a line that adds colour but no content of its own (opener, aside, closer, small talk). */
    private void minor(Phrase[] bank) {
        render(bank[r.nextInt(bank.length)]);
        parts--;
    }

    /**
     * Most people say a bit more than one thing: a post left with a single sentence usually gets
     * a second one (a personal aside or an opinion), drawn from banks unrelated to the first.
     */
    private void secondThought(boolean politics) {
        if (parts >= 2 || !r.chance(SECOND_THOUGHT)) {
            return;
        }
        if (!politics) {
            Phrase[] bank = OrganicTexts.EVERYDAY_P[lang][r.nextInt(OrganicTexts.EVERYDAY_COUNT)];
            render(bank[r.nextInt(bank.length)]);
        } else if (r.chance(0.5)) {
            add(OrganicTexts.OPINION_P[lang]);
        } else {
            render(OrganicTexts.ASIDE_P[lang][r.nextInt(OrganicTexts.ASIDE_P[lang].length)]);
        }
    }

    private void sentenceAfterOpener(int openerEnd) {
        if (openerEnd > 0) {
            TextTools.lowerAfterOpener(sb, openerEnd);
        }
    }

    /**
     * A reply to a politician (or, with {@code reply=false}, a standalone post).
     *
     * @param topic the topic of the politician's post being answered ({@link OrganicTexts#ANNOUNCE_P}), or -1
     */
    void write(PostDraft d, Rng rng, int language, boolean reply, boolean superfan, int topic) {
        begin(rng, language);
        if (superfan && r.chance(0.5)) {
            cheer();
        } else if (reply) {
            reply(topic);
        } else {
            standalone();
        }
        finish(d, reply, superfan);
        d.kind = "organic";
    }

    private void cheer() {
        int first = add(OrganicTexts.SUPERFAN_P[lang]);
        double x = r.nextDouble();
        if (x < 0.4) {
            addOther(OrganicTexts.SUPERFAN_P[lang], first);
        } else if (x < 0.6) {
            add(OrganicTexts.OPINION_P[lang]);
        } else if (x < 0.75) {
            add(OrganicTexts.SITUATION_P[lang][pickIssue()]);
        }
        secondThought(true);
        if (r.chance(0.2)) {
            minor(OrganicTexts.CLOSER_P[lang]);
        }
    }

    private void reply(int topic) {
        int openerEnd = -1;
        double o = r.nextDouble();
        if (o < 0.35) {
            openerEnd = opener(OrganicTexts.REPLY_OPENER_P[lang]);
        } else if (o < 0.43) {
            sb.append(fill.pol).append(", ");
            openerEnd = sb.length();
        }
        int start = sb.length();
        if (topic >= 0 && r.chance(0.6)) {
            onTopic(topic);
        } else {
            issue(pickIssue(), true);
        }
        if (start == openerEnd) {
            sentenceAfterOpener(openerEnd);
        }
        secondThought(true);
        if (r.chance(0.2)) {
            minor(OrganicTexts.ASIDE_P[lang]);
        }
        if (r.chance(0.25)) {
            minor(OrganicTexts.CLOSER_P[lang]);
        }
    }

    /** Answers a politician's post in its own terms, then often brings in the writer's own life. */
    private void onTopic(int topic) {
        boolean issue = topic < OrganicTexts.ISSUE_COUNT;
        double y = r.nextDouble();
        if (!issue || y < 0.45) {
            add(OrganicTexts.REPLY_P[lang][topic]);
            double z = r.nextDouble();
            if (issue && z < 0.5) {
                add(OrganicTexts.SITUATION_P[lang][topic]);
            } else if (!issue && z < 0.5) {
                issue(pickIssue(), false);
            } else if (z < 0.75) {
                add(OrganicTexts.OPINION_P[lang]);
            }
        } else if (y < 0.8) {
            add(OrganicTexts.SITUATION_P[lang][topic]);
            if (r.chance(0.6)) {
                reaction(topic);
            }
        } else {
            reaction(topic);
            if (r.chance(0.5)) {
                add(OrganicTexts.SITUATION_P[lang][topic]);
            }
        }
    }

    /** One or two sentences about an issue and, often, what should happen about it. */
    private void issue(int topic, boolean react) {
        Phrase[] situations = OrganicTexts.SITUATION_P[lang][topic];
        double y = r.nextDouble();
        if (y < 0.2 && react) {
            reaction(topic);
            add(situations);
            return;
        }
        int first = add(situations);
        if (r.chance(0.3)) {
            addOther(situations, first);
        }
        if (react && r.chance(0.7)) {
            reaction(topic);
        }
    }

    private void reaction(int topic) {
        double x = r.nextDouble();
        if (x < 0.45) {
            add(OrganicTexts.REACTION_P[lang][topic]);
        } else if (x < 0.7) {
            add(OrganicTexts.QUESTION_P[lang][topic]);
        } else {
            add(OrganicTexts.OPINION_P[lang]);
        }
    }

    private int pickIssue() {
        return r.pickCumulative(OrganicTexts.ISSUE_CUMULATIVE);
    }

    private void standalone() {
        int openerEnd = -1;
        if (r.chance(0.55)) {
            if (r.chance(0.12)) {
                openerEnd = opener(OrganicTexts.POST_OPENER_P[lang]);
            }
            Phrase[] bank = OrganicTexts.EVERYDAY_P[lang][r.nextInt(OrganicTexts.EVERYDAY_COUNT)];
            double n = r.nextDouble();
            int first = add(bank);
            sentenceAfterOpener(openerEnd);
            if (n > 0.35) {
                int second = addOther(bank, first);
                if (n > 0.8 && bank.length > 2) {
                    int third = second;
                    while (third == first || third == second) {
                        third = r.nextInt(bank.length);
                    }
                    render(bank[third]);
                }
            }
            secondThought(false);
            if (r.chance(0.3)) {
                minor(OrganicTexts.CHATTER_P[lang]);
            }
        } else {
            if (r.chance(0.15)) {
                openerEnd = opener(OrganicTexts.POST_OPENER_P[lang]);
            }
            int start = sb.length();
            issue(pickIssue(), true);
            if (start == openerEnd) {
                sentenceAfterOpener(openerEnd);
            }
            secondThought(true);
            if (r.chance(0.25)) {
                minor(OrganicTexts.ASIDE_P[lang]);
            }
            if (r.chance(0.15)) {
                minor(OrganicTexts.CLOSER_P[lang]);
            }
        }
    }

    /** Code-switching, casual noise, emoji, hashtags and links: the writer's own finish. */
    private void finish(PostDraft d, boolean reply, boolean superfan) {
        if (voice.bilingual()) {
            double x = r.nextDouble();
            if (x < 0.15) {
                minor(OrganicTexts.SWITCH_P[lang]);
            } else if (x < 0.22) {
                // A whole remark in the other language, as bilingual people do.
                int other = 1 - lang;
                sb.append(' ');
                OrganicTexts.CHATTER_P[other][r.nextInt(OrganicTexts.CHATTER_P[other].length)]
                        .render(sb, fill, r, OWN_WORDING, voice.casual(), 0);
            }
        }
        habits();
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
    }

    /** A slogan or hashtag many honest users repeat word for word. */
    void slogan(PostDraft d, Rng rng, int lang) {
        String s = rng.pick(OrganicTexts.SLOGANS[lang]);
        d.text = s;
        d.hashtags = s.startsWith("#") ? TextTools.oneTag(s.substring(1)) : List.of();
        d.kind = "slogan";
    }

    /** A post about a news spike's topic. */
    void spike(PostDraft d, Rng rng, int language, String topic, String topicTag) {
        begin(rng, language);
        fill.topic = topic;
        int first = add(OrganicTexts.SPIKE_P[lang]);
        double x = r.nextDouble();
        if (x < 0.35) {
            addOther(OrganicTexts.SPIKE_P[lang], first);
        } else if (x < 0.6) {
            minor(OrganicTexts.ASIDE_P[lang]);
        } else if (x < 0.8) {
            add(OrganicTexts.OPINION_P[lang]);
        }
        habits();
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

    /** Lower case, missing or doubled punctuation, typos and emoji, by the writer's habits. */
    private void habits() {
        // Optional pieces leave stray spaces and doubled stops; lines may start with "my mom".
        scratch = TextTools.tidy(sb, scratch, true);
        if (r.chance(voice.lower())) {
            TextTools.lowerCaseAll(sb);
        }
        if (r.chance(voice.dropFinal())) {
            TextTools.dropFinalPunctuation(sb);
        } else if (r.chance(voice.exclaim())) {
            TextTools.exclaim(sb, r.chance(0.3) ? "!!" : "!");
        }
        if (r.chance(voice.typo())) {
            TextTools.typo(sb, r);
        }
        if (r.chance(voice.emoji())) {
            int count = r.chance(0.7) ? 1 : 2 + r.nextInt(2);
            String e = r.pick(OrganicTexts.EMOJI);
            sb.append(' ');
            for (int k = 0; k < count; k++) {
                // Repeated emoji are as common as mixed ones ("😂😂😂").
                sb.append(k == 0 || r.chance(0.5) ? e : r.pick(OrganicTexts.EMOJI));
            }
        }
    }
}
