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
        return post(account, time, "en", "", "text " + nextPost);
    }

    Fixtures post(String account, long time, String lang, String source, String text) {
        posts.add(new Post(String.format("p%05d", nextPost++), account, time, lang, text, null, null,
                List.of(), List.of(), List.of(), "x", source));
        return this;
    }

    Fixtures target(String id) {
        targets.add(new Target(id, id, "", "mp", ""));
        return this;
    }

    Dataset dataset() {
        return new Dataset(new DatasetInfo(true, "fixture", "", "", 0, 0, 0), accounts, posts, List.of(), targets);
    }

    Detection detect() {
        return Detector.detect(dataset(), DetectorSettings.defaults());
    }
}
