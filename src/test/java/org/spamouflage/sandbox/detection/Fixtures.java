package org.spamouflage.sandbox.detection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.spamouflage.sandbox.dataset.Account;
import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.DatasetInfo;
import org.spamouflage.sandbox.dataset.Post;
import org.spamouflage.sandbox.dataset.Target;

/** Hand-made datasets for signal tests. */
final class Fixtures {
    final List<Account> accounts = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    private int nextPost;

    static long t(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    Fixtures account(String id, String handle, long createdAt, int followers) {
        accounts.add(new Account(id, handle, id, createdAt, followers, 0, "", "", true));
        return this;
    }

    Fixtures post(String account, long time) {
        return post(account, time, "en", "", "text " + letters(nextPost));
    }

    Fixtures post(String account, long time, String lang, String source, String text) {
        posts.add(new Post(String.format("p%05d", nextPost++), account, time, lang, text, null, null,
                List.of(), List.of(), List.of(), "x", source));
        return this;
    }

    Fixtures reply(String account, long time, String replyTo) {
        posts.add(new Post(String.format("p%05d", nextPost++), account, time, "en", "reply " + letters(nextPost), replyTo, null,
                List.of(), List.of(), List.of(), "x", ""));
        return this;
    }

    /** A distinct word per number (numbers themselves are normalised away by the text layer). */
    static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }

    Fixtures target(String id) {
        targets.add(new Target(id, id, "", "mp", ""));
        return this;
    }

    Dataset dataset() {
        return new Dataset(new DatasetInfo(true, "fixture", "", "", 0, 0, 0, "America/Toronto"), accounts, posts, List.of(),
                targets);
    }

    Detection detect() {
        return Detector.detect(dataset(), DetectorSettings.defaults());
    }
}
