package org.spamouflage.sandbox.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spamouflage.sandbox.detection.Fixtures.t;

import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.dataset.Account;

class CoordinationSignalsTest {

    /**
     * Five "brigade" accounts comment on each of 8 posts within 2 minutes of each other; 40 other
     * accounts each comment on 2 of the posts at hours-apart times. Under the label-shuffle null the
     * brigade's pairs (8 shared posts each) are far beyond what their activity explains; the
     * others' chance meetings are not. Hand expectation: every brigade comment is marked (score 1),
     * no other comment is (score 0).
     */
    private Fixtures brigade() {
        Fixtures f = new Fixtures().account("pm", "pm", Account.UNKNOWN, 1000).target("pm");
        long day = t("2023-08-10T12:00:00Z");
        for (int p = 0; p < 8; p++) {
            f.post("pm", day + p * 86400L);
        }
        for (int b = 0; b < 5; b++) {
            f.account("brig" + b, "brig" + b, Account.UNKNOWN, 0);
        }
        for (int o = 0; o < 40; o++) {
            f.account(String.format("org%02d", o), "org" + o, Account.UNKNOWN, 50);
        }
        for (int p = 0; p < 8; p++) {
            String post = String.format("p%05d", p);
            for (int b = 0; b < 5; b++) {
                f.reply("brig" + b, day + p * 86400L + 3600 + b * 20, post);
            }
        }
        for (int o = 0; o < 40; o++) {
            f.reply(String.format("org%02d", o), day + (o % 8) * 86400L + 600 + o * 1500L, String.format("p%05d", o % 8));
            f.reply(String.format("org%02d", o), day + ((o + 3) % 8) * 86400L + 20000 + o * 700L,
                    String.format("p%05d", (o + 3) % 8));
        }
        return f;
    }

    @Test
    void recurringCoCommentersScoreOneAndChanceMeetingsAtMostTheLowerBoundOfTwoOfTwo() {
        Detection d = brigade().detect();
        double[] s = d.signalScores("co-comment");
        for (int b = 0; b < 5; b++) {
            assertThat(s[d.indexOf("brig" + b)]).as("brig" + b).isEqualTo(1.0);
        }
        // no organic pair recurs, so an organic account scores only the 95% lower bound of its own share of
        // comments that met another account's: at most 2 of 2, i.e. 0.3424 (statsmodels' Wilson interval)
        for (int o = 0; o < 40; o++) {
            assertThat(s[d.indexOf(String.format("org%02d", o))]).isLessThanOrEqualTo(0.3424);
        }
        assertThat(d.signalRaw("co-comment")[d.indexOf("brig0")]).isEqualTo(4); // four partners
    }

    @Test
    void theBrigadeIsOneClusterAndOthersAreUnclustered() {
        Detection d = brigade().detect();
        int[] c = d.clusters();
        int brigade = c[d.indexOf("brig0")];
        assertThat(brigade).isEqualTo(0);
        for (int b = 1; b < 5; b++) {
            assertThat(c[d.indexOf("brig" + b)]).isEqualTo(brigade);
        }
        assertThat(c[d.indexOf("org07")]).isEqualTo(-1);
    }

    @Test
    void evidenceNamesTheMarkedCommentsAndPartners() {
        Detection d = brigade().detect();
        AccountEvidence e = d.evidence(d.indexOf("brig2"));
        assertThat(e.signals()).anySatisfy(s -> {
            assertThat(s.signalId()).isEqualTo("co-comment");
            // by hand: each of the 8 posts gets 5 brigade comments within 80 s, and the 80 organic comments are hours
            // away; 6.3 expected: per day, (5 coordinated brigade comments + organic comments that met another)
            assertThat(s.explanation()).startsWith("8 of 8 comments within an hour of another account's on the same post"
                    + " (at least 68% at 95% confidence;").endsWith("8 with a linked partner; 4 linked partners.");
            assertThat(s.fired()).isTrue();
        });
    }

    @Test
    void evidenceListsThePartnersCoCommentsWithPostsAndTimes() {
        Fixtures f = brigade();
        Detection d = f.detect();
        AccountEvidence e = d.evidence(d.indexOf("brig0"));
        // four partners, three co-actions shown each (of eight)
        assertThat(e.coActions()).hasSize(4 * 3);
        AccountEvidence.CoAction first = e.coActions().get(0);
        assertThat(first.layer()).isEqualTo("co-comment");
        assertThat(first.partnerId()).isEqualTo("brig1");
        // brig0 comments on post p00000 at day + 3600, brig1 at day + 3620
        long day = Fixtures.t("2023-08-10T12:00:00Z");
        assertThat(first.object()).isEqualTo("reply:p00000");
        assertThat(first.time()).isEqualTo(day + 3600);
        assertThat(first.partnerTime()).isEqualTo(day + 3620);
        assertThat(d.context().dataset().post(first.postId()).orElseThrow().accountId()).isEqualTo("brig0");
        assertThat(d.context().dataset().post(first.partnerPostId()).orElseThrow().accountId()).isEqualTo("brig1");
        AccountEvidence organic = d.evidence(d.indexOf("org03"));
        assertThat(organic.coActions()).isEmpty();
        assertThat(organic.messages()).isEmpty();
    }
}
