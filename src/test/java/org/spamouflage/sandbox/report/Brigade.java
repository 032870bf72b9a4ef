package org.spamouflage.sandbox.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;

/**
 * A hand-made dataset with a known answer: one public figure posts once a day for 8 days; five
 * "brigade" accounts comment on every post within 2 minutes of each other (20 s apart), 40 other
 * accounts each comment on 2 of the posts hours apart. Hand expectation (as in the detection
 * package's CoordinationSignalsTest): the 10 brigade pairs co-commented on 8 distinct posts each
 * (edge weight 8, layer co-comment) and form one cluster; no one else has an edge.
 *
 * <p>One brigade handle carries markup and an ampersand, one organic handle a comma and quotes, to
 * test escaping in every export.
 */
public final class Brigade {
    public static final String XSS_HANDLE = "<img src=x onerror=alert(1)> & co";
    public static final String CSV_HANDLE = "O'Brien, \"Bob\"";

    private Brigade() {
    }

    static long t(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    public static Dataset dataset(boolean synthetic) {
        List<Account> accounts = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        accounts.add(new Account("pm", "pm", "The PM", Account.UNKNOWN, 1000, 10, "", "", synthetic));
        long day = t("2023-08-10T12:00:00Z");
        for (int p = 0; p < 8; p++) {
            posts.add(post(String.format("t%02d", p), "pm", day + p * 86400L, null, synthetic));
        }
        for (int b = 0; b < 5; b++) {
            String handle = b == 2 ? XSS_HANDLE : "brig" + b + "x83121";
            accounts.add(new Account("brig" + b, handle, "Brig " + b, t("2023-07-01T00:00:00Z") + b * 60, 0, 3, "", "",
                    synthetic));
        }
        for (int o = 0; o < 40; o++) {
            String handle = o == 7 ? CSV_HANDLE : "person" + o;
            accounts.add(new Account(String.format("org%02d", o), handle, "Person " + o,
                    t("2015-01-01T00:00:00Z") + o * 86400L * 37, 50 + o, 80, "", "", synthetic));
        }
        int n = 0;
        for (int p = 0; p < 8; p++) {
            for (int b = 0; b < 5; b++) {
                posts.add(post(String.format("c%04d", n++), "brig" + b, day + p * 86400L + 3600 + b * 20,
                        String.format("t%02d", p), synthetic));
            }
        }
        for (int o = 0; o < 40; o++) {
            posts.add(post(String.format("c%04d", n++), String.format("org%02d", o),
                    day + (o % 8) * 86400L + 600 + o * 1500L, String.format("t%02d", o % 8), synthetic));
            posts.add(post(String.format("c%04d", n++), String.format("org%02d", o),
                    day + ((o + 3) % 8) * 86400L + 20000 + o * 700L, String.format("t%02d", (o + 3) % 8), synthetic));
        }
        posts.sort(java.util.Comparator.comparingLong(Post::time).thenComparing(Post::id));
        accounts.sort(java.util.Comparator.comparing(Account::id));
        DatasetInfo info = new DatasetInfo(synthetic, synthetic ? "scenario brigade" : "import of brigade.csv",
                synthetic ? "brigade" : "", synthetic ? "ab12cd" : "", synthetic ? 7 : 0, day, day + 9 * 86400L);
        return new Dataset(info, accounts, posts, List.of(),
                List.of(new Target("pm", "The PM", "Party", "prime-minister", "ON")));
    }

    private static Post post(String id, String account, long time, String replyTo, boolean synthetic) {
        return new Post(id, account, time, "en", "comment " + id, replyTo, null, List.of(), List.of(), List.of(), "x",
                "Web App");
    }

    /** The answer key: the five brigade accounts are one campaign cell. */
    public static GroundTruth truth() {
        List<GroundTruth.AccountTruth> t = new ArrayList<>();
        t.add(new GroundTruth.AccountTruth("pm", AccountClass.ORGANIC, -1, -1, ""));
        for (int b = 0; b < 5; b++) {
            t.add(new GroundTruth.AccountTruth("brig" + b, AccountClass.CAMPAIGN, 0, 0, "new"));
        }
        for (int o = 0; o < 40; o++) {
            t.add(new GroundTruth.AccountTruth(String.format("org%02d", o), AccountClass.ORGANIC, -1, -1, ""));
        }
        t.sort(java.util.Comparator.comparing(GroundTruth.AccountTruth::accountId));
        return new GroundTruth(t, List.of());
    }
}
