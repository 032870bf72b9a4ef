package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Post;

/** A cluster's text evidence on a hand-made group whose repeats and twin are counted by hand. */
class ClusterTextsTest {
    private static final long T0 = 1_693_656_000L; // 2023-09-02T12:00:00Z
    private static final String TWIN_EN = "Stop the bill now! #C21 @MPSmith https://x.example/v/1";
    private static final String TWIN_FR = "Arrêtez le projet de loi maintenant ! #C21 @MPSmith https://x.example/v/1";

    private static final DetectionContext CTX = context();

    private static DetectionContext context() {
        List<Post> posts = new ArrayList<>(List.of(
                post("a1", "a", "en", "Stop the bill now!"),
                post("a2", "a", "en", "  Stop   the bill now!  "),
                post("a3", "a", "fr", TWIN_FR),
                post("b1", "b", "en", "stop the bill now!"),
                post("b2", "b", "en", "Another message"),
                post("b3", "b", "en", TWIN_EN),
                post("c1", "c", "es", "hola"),
                post("c2", "c", "es", "   ")));
        // Forty unrelated English notes, so that two posts sharing three anchors are specific:
        // ln(48 / 2) = 3.18 ≥ minEvidence 3 (PairingSettings' default).
        for (int k = 0; k < 40; k++) {
            posts.add(post("n" + k, "c", "en", "note " + k));
        }
        return new DetectionContext(new Dataset(
                new DatasetInfo(true, "fixture", "fixture", "", 1, T0 - 86_400, T0 + 86_400),
                List.of(account("a"), account("b"), account("c")), posts, List.of(), List.of()),
                DetectorSettings.defaults());
    }

    private static Account account(String id) {
        return new Account(id, id, "", T0 - 1_000 * 86_400L, 10, 10, "", "photo", true);
    }

    private static Post post(String id, String account, String lang, String text) {
        return new Post(id, account, T0, lang, text, null, null, List.of(), List.of(), List.of(), "x", "");
    }

    private static List<Integer> members(String... ids) {
        List<Integer> out = new ArrayList<>();
        for (String id : ids) {
            out.add(CTX.indexOf(id));
        }
        return out;
    }

    @Test
    void repeatedTextsCountCopiesThatDifferOnlyInCaseAndSpacingAndShowTheFirstSpelling() {
        assertThat(ClusterTexts.repeated(CTX, members("a", "b"), "en", 2)).containsExactly(
                new ClusterTexts.Repeated("Stop the bill now!", 3),
                new ClusterTexts.Repeated("Another message", 1));
    }

    @Test
    void otherLanguagesLeaveOutEnglishFrenchAndBlankPosts() {
        assertThat(ClusterTexts.repeated(CTX, members("a", "b", "c"), null, 4))
                .containsExactly(new ClusterTexts.Repeated("hola", 1));
    }

    @Test
    void theTwinMessageIsPairedAcrossLanguagesOnceWithFullScore() {
        List<ClusterTexts.Pair> pairs = ClusterTexts.pairs(CTX, members("a", "b"), 4);
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).english()).isEqualTo(TWIN_EN);
        assertThat(pairs.get(0).french()).isEqualTo(TWIN_FR);
        // Same anchors (#c21, @mpsmith, the link), same minute: similarity 1, no time penalty.
        assertThat(pairs.get(0).score()).isCloseTo(1.0, within(1e-9));
    }
}
