package org.spamouflage.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.detection.text.DuplicateFamilies;
import org.spamouflage.sandbox.detection.text.NearDuplicateSettings;
import org.spamouflage.sandbox.detection.text.NearDuplicates;

/**
 * The generated text as the detection engine's near-duplicate finder sees it ({@link NearDuplicates}
 * with its defaults: word-bigram Jaccard 0.5, MinHash + LSH, single linkage) on {@code canada-2023}.
 *
 * <p>Real people almost never write near-identical comments, so a lesson built on this data must be
 * able to tell a campaign from honest users by their text; slogans and the campaign's recycled
 * filler are the deliberate exceptions. A post counts as "looking copied" when it falls in a
 * family with posts of at least {@value #ACCOUNTS} distinct accounts (two people can coincide;
 * three is a pattern). The bounds are the ones issue 2 item 4 was accepted with: at most 5% of
 * honest non-slogan posts, at least 80% of the campaign's verbatim copies and small edits.
 */
class HonestTextVarietyTest {
    static final int ACCOUNTS = 3;
    static final long[] SEEDS = {1, 2};
    /** Per seed: kind → {posts, posts in a family of at least ACCOUNTS accounts, posts with an exact copy}. */
    static final Map<Long, Map<String, long[]>> BY_SEED = new HashMap<>();
    /** The first seed's data, for the checks on what honest text says. */
    static Generated first;

    @BeforeAll
    static void detect() {
        for (long seed : SEEDS) {
            Generated g = Generator.generate(Library.scenario("canada-2023"), seed);
            if (first == null) {
                first = g;
            }
            List<Post> posts = g.dataset().posts();
            DuplicateFamilies families = NearDuplicates.findInPosts(posts, NearDuplicateSettings.defaults());
            Map<String, Integer> copies = new HashMap<>();
            posts.forEach(p -> copies.merge(p.text(), 1, Integer::sum));
            Map<String, long[]> counts = new TreeMap<>();
            for (int i = 0; i < posts.size(); i++) {
                GroundTruth.PostTruth truth = g.truth().posts().get(posts.get(i).id());
                long[] c = counts.computeIfAbsent(truth.kind(), k -> new long[3]);
                c[0]++;
                int family = families.familyOf(i);
                if (family >= 0 && families.family(family).distinctAccounts() >= ACCOUNTS) {
                    c[1]++;
                }
                if (copies.get(posts.get(i).text()) > 1) {
                    c[2]++;
                }
            }
            BY_SEED.put(seed, counts);
        }
    }

    /** Share of posts of these kinds that fall in a family of at least {@link #ACCOUNTS} accounts. */
    static double inFamilies(long seed, String... kinds) {
        long all = 0;
        long in = 0;
        for (String k : kinds) {
            long[] c = BY_SEED.get(seed).getOrDefault(k, new long[3]);
            all += c[0];
            in += c[1];
        }
        assertThat(all).as("posts of kinds %s", List.of(kinds)).isPositive();
        return in / (double) all;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void honestPostsRarelyLookCopied(long seed) {
        // Before the combinatorial banks: 87.8% (seed 1) and 87.1% (seed 2).
        assertThat(inFamilies(seed, "organic")).isLessThanOrEqualTo(0.05);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void campaignCopiesAndSmallEditsStillFormFamilies(long seed) {
        assertThat(inFamilies(seed, "verbatim", "edit")).isGreaterThanOrEqualTo(0.80);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void slogansStayTheDeliberateHonestRepeats(long seed) {
        // Short phrases many honest users post word for word: the honest false positives a lesson shows.
        assertThat(inFamilies(seed, "slogan")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void camouflageIsRecycledFillerWithLightEdits() {
        for (long seed : SEEDS) {
            long[] c = BY_SEED.get(seed).get("camouflage");
            // Recycled across campaign accounts (families), but not every post is a word-for-word copy
            // of dozens of others: operators swap emoji and drop full stops (before: 100% exact copies).
            assertThat(inFamilies(seed, "camouflage")).as("seed %d", seed).isGreaterThanOrEqualTo(0.80);
            assertThat(c[2] / (double) c[0]).as("seed %d exact copies", seed).isLessThanOrEqualTo(0.85);
        }
    }

    @Test
    void fewHonestPostsAreWordForWordCopiesOfAnother() {
        for (long seed : SEEDS) {
            long[] c = BY_SEED.get(seed).get("organic");
            assertThat(c[2] / (double) c[0]).as("seed %d", seed).isLessThanOrEqualTo(0.02);
        }
    }

    /** Words of the housing topic, in both languages (an independent, hand-written list). */
    static final Pattern HOUSING = Pattern.compile(
            "\\b(rent|rents|renter|renters|housing|landlord|homes?|houses?|units?|apartments?|mortgage|loyers?|logements?|"
                    + "propriétaire|proprio|hypothèque|maisons?|apparts?)\\b");
    /** Everyday French words bilingual Canadians drop into English (hand-written list). */
    static final Pattern FRENCH_IN_ENGLISH = Pattern.compile(
            "\\b(bref|merci|voilà|c'est|bon|ben|pis|allo|ayoye|ouf|chalet|souper|garderie|maman|exactement|bonne)\\b");

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void repliesToAHousingAnnouncementTalkAboutHousingFarMoreOften() {
        Map<String, Post> byId = new HashMap<>();
        first.dataset().posts().forEach(p -> byId.put(p.id(), p));
        long[] housing = new long[2];
        long[] other = new long[2];
        for (Post p : first.dataset().posts()) {
            if (p.replyTo() == null || !first.truth().posts().get(p.id()).kind().equals("organic")) {
                continue;
            }
            Post target = byId.get(p.replyTo());
            if (!first.truth().posts().get(target.id()).kind().equals("target")) {
                continue;
            }
            String t = lower(target.text());
            // Announcements about housing (not question period or a meeting that lists it among topics).
            boolean housingPost = (t.contains("housing") || t.contains("logement")) && !t.contains("question")
                    && !t.contains("qp") && !t.contains("the house") && !t.contains("chambre")
                    && !t.contains("met with") && !t.contains("rencontré");
            long[] c = housingPost ? housing : other;
            c[0]++;
            if (HOUSING.matcher(lower(p.text())).find()) {
                c[1]++;
            }
        }
        assertThat(housing[0]).isGreaterThan(200);
        double onHousing = housing[1] / (double) housing[0];
        double elsewhere = other[1] / (double) other[0];
        // Replies often take up the politician's topic (the writer's own issue otherwise): by hand,
        // 0.6 on topic x most housing lines naming housing, plus housing's share of the other issues.
        assertThat(onHousing).as("replies to housing posts").isGreaterThan(0.4);
        assertThat(onHousing).as("versus %.3f elsewhere", elsewhere).isGreaterThan(2.5 * elsewhere);
    }

    @Test
    void bilingualUsersSlipFrenchIntoTheirEnglishPosts() {
        Map<String, Set<String>> languages = new HashMap<>();
        first.dataset().posts().forEach(p -> languages.computeIfAbsent(p.accountId(), k -> new HashSet<>()).add(p.lang()));
        long[] bilingual = new long[2];
        long[] englishOnly = new long[2];
        for (Post p : first.dataset().posts()) {
            if (!p.lang().equals("en") || !first.truth().posts().get(p.id()).kind().equals("organic")) {
                continue;
            }
            long[] c = languages.get(p.accountId()).contains("fr") ? bilingual : englishOnly;
            c[0]++;
            if (FRENCH_IN_ENGLISH.matcher(lower(p.text())).find()) {
                c[1]++;
            }
        }
        double mixed = bilingual[1] / (double) bilingual[0];
        double plain = englishOnly[1] / (double) englishOnly[0];
        assertThat(mixed).isBetween(0.08, 0.5);
        assertThat(mixed).isGreaterThan(3 * plain);
    }
}
